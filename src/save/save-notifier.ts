import { Notification } from '@jupyterlab/apputils';
import { TranslationBundle } from '@jupyterlab/translation';
import { IDisposable } from '@lumino/disposable';

import { IFinding, INotebookFinding } from '../core';
import { DocumentCheck } from './document-check';
import { saveNoticeMessage } from './save-notice';

/**
 * Raises the save warning: one notification per document at a time, with the actions
 * "Show findings", "Clear outputs with secrets" (notebooks with credentials in
 * outputs) and "Not now".
 *
 * #### Notes
 * A newer warning of the same document replaces the older one, so that repeated saves
 * of changing content do not stack toasts. The notification stays until acted on: the
 * credential stays on disk until someone does.
 */
export class SaveNotifier implements IDisposable {
  /**
   * Create a notifier.
   */
  constructor(options: SaveNotifier.IOptions) {
    this._trans = options.trans;
    this._showFindings = options.showFindings;
    this._clearOutputs = options.clearOutputs;
    this._updateCheckpoint = options.updateCheckpoint;
  }

  /**
   * Whether the notifier is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Warn that `check`'s document was saved with `findings`, to `path` when given (a Save
   * As writes another file).
   */
  show(
    check: DocumentCheck,
    findings: readonly IFinding[],
    path?: string
  ): void {
    const trans = this._trans;
    // A Save As wrote another file: JupyterLab then opens that file and closes this
    // document, so the warning is not this document's to act on or to take away.
    const elsewhere = path !== undefined && path !== check.widget.context.path;
    const actions: Notification.IAction[] = [];
    if (!elsewhere) {
      this.dismiss(check);
      actions.push({
        label: trans.__('Show findings'),
        callback: () => this._showFindings(check)
      });
      if (check.kind === 'notebook' && findings.some(isInOutput)) {
        actions.push({
          label: trans.__('Clear outputs with secrets'),
          callback: () => this._clearOutputs(check)
        });
      }
    }
    actions.push({ label: trans.__('Not now'), callback: () => undefined });
    const id = Notification.warning(
      saveNoticeMessage(
        trans,
        path ? (path.split('/').pop() ?? check.name) : check.name,
        findings
      ),
      { autoClose: false, actions }
    );
    if (!elsewhere) {
      this._ids.set(check, id);
    }
  }

  /**
   * Say that `check`'s document no longer holds credentials but its checkpoint may,
   * with "Update checkpoint"; it replaces the document's save warning.
   */
  showCleaned(check: DocumentCheck): void {
    const trans = this._trans;
    this.dismiss(check);
    const id = Notification.info(
      trans.__(
        '%1 no longer holds credentials, but its checkpoint may still: File › Revert to Checkpoint would bring them back.',
        check.name
      ),
      {
        autoClose: false,
        actions: [
          {
            label: trans.__('Update checkpoint'),
            callback: () => this._updateCheckpoint(check)
          },
          { label: trans.__('Not now'), callback: () => undefined }
        ]
      }
    );
    this._ids.set(check, id);
  }

  /**
   * Dismiss the warning of `check`'s document, if one is shown.
   */
  dismiss(check: DocumentCheck): void {
    const id = this._ids.get(check);
    if (id !== undefined) {
      this._ids.delete(check);
      Notification.dismiss(id);
    }
  }

  /**
   * Forget every document.
   */
  dispose(): void {
    this._isDisposed = true;
    this._ids = new WeakMap();
  }

  private _clearOutputs: (check: DocumentCheck) => void;
  private _ids = new WeakMap<DocumentCheck, string>();
  private _isDisposed = false;
  private _showFindings: (check: DocumentCheck) => void;
  private _trans: TranslationBundle;
  private _updateCheckpoint: (check: DocumentCheck) => void;
}

/**
 * A namespace for `SaveNotifier` statics.
 */
export namespace SaveNotifier {
  /**
   * The options to create a `SaveNotifier`.
   */
  export interface IOptions {
    /**
     * The translation bundle.
     */
    trans: TranslationBundle;
    /**
     * Show the findings of a document.
     */
    showFindings: (check: DocumentCheck) => void;
    /**
     * Clear the outputs with credentials of a notebook (and save it).
     */
    clearOutputs: (check: DocumentCheck) => void;
    /**
     * Make the document's checkpoint a copy of the clean file.
     */
    updateCheckpoint: (check: DocumentCheck) => void;
  }
}

function isInOutput(finding: IFinding): boolean {
  const location = (finding as Partial<INotebookFinding>).location;
  return location?.part === 'output';
}
