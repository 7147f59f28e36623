import {
  Diagnostic,
  diagnosticCount,
  forEachDiagnostic,
  lintGutter,
  setDiagnostics
} from '@codemirror/lint';
import { Compartment, Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, ViewUpdate } from '@codemirror/view';

/**
 * The lint gutter, only in editors that show a finding.
 *
 * #### Notes
 * JupyterLab's cell editors have no gutter by default. A gutter in every editor would draw
 * an empty strip beside every cell of every notebook, and give the browser one more column
 * to lay out in each of them, on every keystroke, for nothing. The gutter's marks only
 * follow diagnostics set after it was added, so they are set again when it appears.
 */
export function gutterOnDemand(): Extension {
  const gutter = new Compartment();
  return [
    gutter.of([]),
    ViewPlugin.define(view => new GutterToggle(view, gutter))
  ];
}

class GutterToggle {
  constructor(view: EditorView, gutter: Compartment) {
    this._gutter = gutter;
    this._view = view;
  }

  update(update: ViewUpdate): void {
    const wanted = diagnosticCount(update.state) > 0;
    if (wanted !== this._shown) {
      this._shown = wanted;
      // No dispatch inside an update: right after it.
      queueMicrotask(() => this._apply(wanted));
    }
  }

  destroy(): void {
    this._destroyed = true;
  }

  private _apply(wanted: boolean): void {
    if (this._destroyed || wanted !== this._shown) {
      return;
    }
    const view = this._view;
    view.dispatch({
      effects: this._gutter.reconfigure(wanted ? lintGutter() : [])
    });
    if (wanted) {
      const shown: Diagnostic[] = [];
      forEachDiagnostic(view.state, (diagnostic, from, to) =>
        shown.push({ ...diagnostic, from, to })
      );
      view.dispatch(setDiagnostics(view.state, shown));
    }
  }

  private _destroyed = false;
  private _gutter: Compartment;
  private _shown = false;
  private _view: EditorView;
}
