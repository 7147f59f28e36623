import {
  Diagnostic,
  forEachDiagnostic,
  lintGutter,
  setDiagnostics
} from '@codemirror/lint';
import { Compartment, EditorState, Extension, Facet } from '@codemirror/state';
import { EditorView, ViewPlugin, ViewUpdate } from '@codemirror/view';

/**
 * A diagnostic with what it is about: two diagnostics at the same place, with the same
 * message but different keys (another secret of the same kind) are different, because
 * their fixes act on different things.
 */
export interface IKeyedDiagnostic extends Diagnostic {
  readonly key?: string;
}

/**
 * Where the driver gets an editor's diagnostics from.
 */
export interface ILintSource {
  /**
   * The diagnostics the editor should show for `state`.
   */
  diagnostics(state: EditorState): IKeyedDiagnostic[];
  /**
   * Call `callback` whenever the diagnostics may have changed without an edit.
   */
  subscribe(callback: () => void): { dispose(): void };
  /**
   * How long to wait after the last edit before linting, in milliseconds.
   */
  readonly delay: number;
}

/**
 * Show the diagnostics of `source` in an editor, with a gutter mark beside each.
 *
 * #### Notes
 * CodeMirror's `linter()` dispatches the result of every run into its editor, found or
 * not: an editor update for each new cell editor of a notebook being opened, and one for
 * every pause in typing. This driver dispatches only when the diagnostics differ from what
 * the editor shows, and loads the lint extensions (tooltip, theme) and the gutter only with
 * an editor's first diagnostic. Cells without credentials look and cost like stock
 * JupyterLab; the gutter strip would otherwise sit beside every cell of every notebook.
 */
export function lintDriver(source: ILintSource): Extension {
  return [lintSource.of(source), gutter.of(NO_GUTTER), driver];
}

/**
 * Lint the editor of `view` now rather than after its delay.
 */
export function lintNow(view: EditorView): void {
  view.plugin(driver)?.lintNow();
}

/**
 * The lint source of an editor (the first one given).
 */
const lintSource = Facet.define<ILintSource, ILintSource | null>({
  combine: sources => sources[0] ?? null
});

/**
 * The lint gutter, empty until an editor shows a diagnostic.
 */
const gutter = new Compartment();
const NO_GUTTER: Extension = [];

/**
 * Runs the source after edits and when it says so, and updates the editor on change.
 */
class LintDriver {
  constructor(view: EditorView) {
    this._view = view;
    this._source = view.state.facet(lintSource);
    this._subscription = this._source?.subscribe(() => this._schedule(0));
    // Not at once: the notebook may be about to scan the cell, and say so.
    this._schedule(this._source?.delay ?? 0);
  }

  update(update: ViewUpdate): void {
    if (update.docChanged) {
      this._schedule(this._source?.delay ?? 0);
    }
  }

  /**
   * Show the source's diagnostics, if the editor does not already.
   */
  lintNow(): void {
    clearTimeout(this._timer);
    if (this._destroyed || !this._source) {
      return;
    }
    const view = this._view;
    const wanted = this._source.diagnostics(view.state);
    if (sameDiagnostics(shownDiagnostics(view.state), wanted)) {
      return;
    }
    if (wanted.length === 0) {
      // One transaction: the specs are merged.
      view.dispatch(setDiagnostics(view.state, []), {
        effects: gutter.reconfigure(NO_GUTTER)
      });
      return;
    }
    if (gutter.get(view.state) === NO_GUTTER) {
      // The gutter's marks only follow diagnostics set after it exists.
      view.dispatch({ effects: gutter.reconfigure(lintGutter()) });
    }
    view.dispatch(setDiagnostics(view.state, wanted));
  }

  destroy(): void {
    this._destroyed = true;
    clearTimeout(this._timer);
    this._subscription?.dispose();
  }

  // Timers, never a dispatch in the middle of an update; a later request replaces an
  // earlier one, so typing keeps pushing the lint back.
  private _schedule(delay: number): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.lintNow(), delay);
  }

  private _destroyed = false;
  private _source: ILintSource | null;
  private _subscription: { dispose(): void } | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private _view: EditorView;
}

const driver = ViewPlugin.fromClass(LintDriver);

/**
 * The diagnostics an editor shows, at their current positions.
 */
function shownDiagnostics(state: EditorState): IKeyedDiagnostic[] {
  // CodeMirror keeps the objects it was given, keys included.
  const shown: IKeyedDiagnostic[] = [];
  forEachDiagnostic(state, (diagnostic, from, to) =>
    shown.push({ ...diagnostic, from, to })
  );
  return shown;
}

/**
 * Whether two lists would show the same marks and messages.
 */
function sameDiagnostics(
  a: IKeyedDiagnostic[],
  b: IKeyedDiagnostic[]
): boolean {
  if (a.length !== b.length) {
    return false;
  }
  const order = (x: Diagnostic, y: Diagnostic) =>
    x.from - y.from || x.to - y.to;
  const [left, right] = [[...a].sort(order), [...b].sort(order)];
  return left.every(
    (d, i) =>
      d.from === right[i].from &&
      d.to === right[i].to &&
      d.severity === right[i].severity &&
      d.message === right[i].message &&
      d.key === right[i].key
  );
}
