import { EditorState, Extension } from '@codemirror/state';
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
import { IKeyedDiagnostic, lintDriver } from './lint-driver';

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
   * The diagnostics of a document: what the editor shows.
   */
  diagnostics(state: EditorState): IKeyedDiagnostic[] {
    if (!this._scanner.settings.inlineWarnings) {
      return [];
    }
    const text = state.doc.toString();
    return this._target
      .findings(text)
      .filter(f => f.start < f.end && f.end <= text.length)
      .map(finding => this._diagnostic(finding));
  }

  /**
   * The CodeMirror extension: the diagnostics and their gutter marks, updated after edits
   * and whenever the document's findings or the settings change.
   */
  extension(): Extension {
    const scanner = this._scanner;
    return lintDriver({
      diagnostics: state => this.diagnostics(state),
      subscribe: callback => this._target.subscribe(callback),
      get delay() {
        return Math.max(50, scanner.settings.debounceMs);
      }
    });
  }

  private _diagnostic(finding: IFinding): IKeyedDiagnostic {
    const rule = this._scanner.scanner.rules.find(r => r.id === finding.ruleId);
    const text = warningText(finding, rule, this._trans);
    const actions = this._actions?.(finding) ?? [];
    return {
      // Another secret, or other fixes on offer, make another diagnostic.
      key: [finding.fingerprint, ...actions.map(a => a.name)].join('\n'),
      from: finding.start,
      to: finding.end,
      severity: finding.severity,
      source: this._trans.__('Credential Guard'),
      message: warningPlainText(text, this._trans),
      renderMessage: () => renderWarning(text, this._trans),
      actions: actions.map(action => ({
        name: action.name,
        apply: () => action.run()
      }))
    };
  }

  private _actions: SecretLinter.IOptions['actions'] | null;

  private _scanner: ISecretScanner;
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
