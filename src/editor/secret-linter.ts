import { Diagnostic, linter } from '@codemirror/lint';
import { EditorState, Extension, StateEffect } from '@codemirror/state';
import { EditorView, ViewPlugin, ViewUpdate } from '@codemirror/view';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { IFinding } from '../core';
import { ISecretScanner } from '../tokens';
import {
  renderWarning,
  warningPlainText,
  warningText
} from './diagnostic-message';
import { EditorTarget, IEditorModel } from './editor-target';
import { gutterOnDemand } from './gutter-on-demand';

/**
 * CodeMirror diagnostics for the credentials in one editor: cell editors show the
 * findings of their notebook's `DocumentFindings`, file editors scan their text, both
 * through the one engine of the scanner service.
 */
export class SecretLinter {
  /**
   * Create the linter of the editor of `options.model`.
   */
  constructor(options: SecretLinter.IOptions) {
    this._scanner = options.scanner;
    this._target = new EditorTarget(options.scanner, options.model);
    this._trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this._actions = options.actions ?? null;
  }

  /**
   * The diagnostics of a document: what the lint source returns.
   */
  diagnostics(state: EditorState): Diagnostic[] {
    const text = state.doc.toString();
    const findings = this._visibleFindings(text);
    this._shown = { text, findings };
    return findings.map(finding => this._diagnostic(finding));
  }

  /**
   * Whether the editor already shows the findings of `state`, or will without being asked:
   * a document that changed since the last lint is linted again anyway.
   *
   * #### Notes
   * The notebook re-scans a cell while its user types and tells the editor each time; a
   * re-lint asked for nothing is a whole editor update (and a layout read) in the middle of
   * typing. One linter serves one editor (the registry makes one per editor), so what it
   * showed last is this editor's.
   */
  isCurrent(state: EditorState): boolean {
    const shown = this._shown;
    if (!shown) {
      return false;
    }
    const text = state.doc.toString();
    return (
      text !== shown.text ||
      sameFindings(this._visibleFindings(text), shown.findings)
    );
  }

  /**
   * The CodeMirror extension: the lint source, the gutter marks, and a view plugin that
   * re-lints when the settings or the document's findings change.
   */
  extension(): Extension {
    const delay = Math.max(50, this._scanner.settings.debounceMs);
    return [
      linter(view => this.diagnostics(view.state), {
        delay,
        needsRefresh: (update: ViewUpdate) =>
          update.transactions.some(tr =>
            tr.effects.some(effect => effect.is(REFRESH))
          )
      }),
      gutterOnDemand(),
      ViewPlugin.define(view => new RefreshPlugin(view, this, this._target))
    ];
  }

  private _visibleFindings(text: string): readonly IFinding[] {
    if (!this._scanner.settings.inlineWarnings) {
      return [];
    }
    return this._target
      .findings(text)
      .filter(f => f.start < f.end && f.end <= text.length);
  }

  private _diagnostic(finding: IFinding): Diagnostic {
    const rule = this._scanner.scanner.rules.find(r => r.id === finding.ruleId);
    const text = warningText(finding, rule, this._trans);
    return {
      from: finding.start,
      to: finding.end,
      severity: finding.severity,
      source: this._trans.__('Credential Guard'),
      message: warningPlainText(text, this._trans),
      renderMessage: () => renderWarning(text, this._trans),
      actions: (this._actions?.(finding) ?? []).map(action => ({
        name: action.name,
        apply: () => action.run()
      }))
    };
  }

  private _actions: SecretLinter.IOptions['actions'] | null;

  private _scanner: ISecretScanner;
  private _shown: { text: string; findings: readonly IFinding[] } | null = null;
  private _target: EditorTarget;
  private _trans: ReturnType<ITranslator['load']>;
}

/**
 * A namespace for `SecretLinter` statics.
 */
export namespace SecretLinter {
  /**
   * The options to create a `SecretLinter`.
   */
  export interface IOptions {
    /**
     * The scanner service.
     */
    scanner: ISecretScanner;
    /**
     * The model of the editor (a cell model for cell editors).
     */
    model: IEditorModel;
    /**
     * The fixes offered in the tooltip of a finding.
     */
    actions?: (finding: IFinding) => readonly ILintAction[];
    /**
     * The translator.
     */
    translator?: ITranslator | null;
  }

  /**
   * A fix offered in the tooltip.
   */
  export interface ILintAction {
    /**
     * The button label.
     */
    readonly name: string;
    /**
     * Run the fix.
     */
    readonly run: () => void;
  }
}

/**
 * The effect that makes the linter run again although the document did not change.
 */
const REFRESH = StateEffect.define<null>();

/**
 * Asks for a re-lint when the target says its findings may have changed, and the editor
 * does not show them yet.
 */
class RefreshPlugin {
  constructor(view: EditorView, linter: SecretLinter, target: EditorTarget) {
    this._view = view;
    this._subscription = target.subscribe(() => {
      // Signals fire outside CodeMirror updates, but never dispatch into a view that
      // was destroyed in the meantime.
      if (!this._destroyed && !linter.isCurrent(this._view.state)) {
        this._view.dispatch({ effects: REFRESH.of(null) });
      }
    });
  }

  destroy(): void {
    this._destroyed = true;
    this._subscription.dispose();
  }

  private _destroyed = false;
  private _subscription: { dispose(): void };
  private _view: EditorView;
}

/**
 * Whether two lists of findings would show the same diagnostics.
 */
function sameFindings(a: readonly IFinding[], b: readonly IFinding[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (finding, i) =>
          finding.ruleId === b[i].ruleId &&
          finding.start === b[i].start &&
          finding.end === b[i].end &&
          finding.severity === b[i].severity
      ))
  );
}
