import { IDocumentWidget } from '@jupyterlab/docregistry';
import { INotebookModel } from '@jupyterlab/notebook';
import { IDisposable } from '@lumino/disposable';

import { IFinding, INotebookFinding } from '../core';
import { ISecretScanner } from '../tokens';
import { clearSecretOutputs, hasOutputFindings } from './clear-secret-outputs';
import { SaveGuard } from './save-guard';
import { OnSaveMode } from './save-settings';

/**
 * The check on save of one open notebook or text file: how to read its findings, its
 * `SaveGuard`, and the fixes the warning offers.
 *
 * #### Notes
 * Notebooks read the findings the notebook plugin keeps current (flushed first when
 * changes are waiting, so they match what is saved); when none are registered, the
 * notebook is scanned whole. Text files are scanned as the save starts: nobody else
 * keeps findings for them.
 */
export class DocumentCheck implements IDisposable {
  /**
   * Start checking the saves of `options.widget`.
   */
  constructor(options: DocumentCheck.IOptions) {
    this._widgets = [options.widget];
    this._lastWidget = options.widget;
    this.kind = options.kind;
    this._scanner = options.scanner;
    this._failScan = options.failScan ?? (() => false);
    this.guard = new SaveGuard({
      context: options.widget.context,
      collect: () => this.findings(),
      mode: options.mode,
      muted: () => this._documentFindings()?.paused ?? false,
      notify: (findings, path) => options.notify(this, findings, path),
      cleaned: () => options.cleaned?.(this),
      fileChanged: options.fileChanged,
      log: options.log
    });
    options.widget.disposed.connect(this._onViewDisposed, this);
    this._mode = options.mode;
    // What the file on disk holds is the saved state from the start: a reload must not
    // make a document saved with credentials look clean.
    options.widget.context.ready
      .then(() => this._readSavedState())
      .catch(() => undefined);
  }

  /**
   * The document's most recent open view (notebook panel or file editor).
   */
  get widget(): IDocumentWidget {
    return this._widgets[this._widgets.length - 1] ?? this._lastWidget;
  }

  /**
   * Whether it is a notebook or a text file.
   */
  readonly kind: 'notebook' | 'file';

  /**
   * The guard of its saves.
   */
  readonly guard: SaveGuard;

  /**
   * The document's file name.
   */
  get name(): string {
    return this.widget.context.path.split('/').pop() ?? '';
  }

  /**
   * Add another view of the same document (New View for…): views share the context,
   * so one check per document warns once per save, not once per view.
   */
  addView(widget: IDocumentWidget): void {
    this._widgets.push(widget);
    widget.disposed.connect(this._onViewDisposed, this);
  }

  /**
   * Whether the check is disposed (it follows the document's context).
   */
  get isDisposed(): boolean {
    return this.guard.isDisposed;
  }

  /**
   * The findings of the current content, up to date; throws when the scan fails.
   */
  findings(): readonly IFinding[] {
    if (this._failScan()) {
      throw new Error('credential-guard test hook: scan failure');
    }
    const model = this.widget.context.model;
    if (this.kind === 'file') {
      return this._scanner.scanner.scanText(model.toString());
    }
    const registered = this._documentFindings();
    if (registered) {
      if (registered.isStale) {
        registered.flush();
      }
      return registered.findings;
    }
    return this._scanner.scanner.scanNotebook(model.toJSON()).findings;
  }

  /**
   * Whether some findings are in outputs, which "clear outputs" can remove.
   */
  hasOutputFindings(): boolean {
    return (
      this.kind === 'notebook' &&
      hasOutputFindings(this.findings() as INotebookFinding[])
    );
  }

  /**
   * Remove the outputs that show credentials.
   *
   * @returns the number of outputs removed
   */
  clearSecretOutputs(): number {
    if (this.kind !== 'notebook') {
      return 0;
    }
    return clearSecretOutputs(
      this.widget.context.model as INotebookModel,
      this.findings() as INotebookFinding[]
    );
  }

  /**
   * Stop checking.
   */
  dispose(): void {
    if (this.guard.isDisposed) {
      return;
    }
    for (const widget of this._widgets) {
      widget.disposed.disconnect(this._onViewDisposed, this);
    }
    this._widgets = [];
    this.guard.dispose();
  }

  /**
   * Record what the document held when it was loaded, which is what its file holds,
   * unless a save came first.
   *
   * #### Notes
   * `ready` resolves right after the load, before a user can type. The model's `dirty`
   * flag cannot tell: JupyterLab sets it while loading (it writes cells' `trusted`).
   */
  private _readSavedState(): void {
    if (this.isDisposed || this._mode() === 'off') {
      return;
    }
    if (this.guard.state.withCredentials || this.guard.state.unchecked) {
      return;
    }
    try {
      this.guard.state.saved(this.findings().length);
    } catch {
      // Unknown: the first save will say.
    }
  }

  private _onViewDisposed(widget: IDocumentWidget): void {
    this._lastWidget = widget;
    this._widgets = this._widgets.filter(view => view !== widget);
  }

  private _documentFindings() {
    return this.kind === 'notebook'
      ? this._scanner.findingsFor(
          (this.widget.context.model as INotebookModel).sharedModel
        )
      : null;
  }

  private _failScan: () => boolean;
  private _mode: () => OnSaveMode;
  private _lastWidget: IDocumentWidget;
  private _widgets: IDocumentWidget[];
  private _scanner: ISecretScanner;
}

/**
 * A namespace for `DocumentCheck` statics.
 */
export namespace DocumentCheck {
  /**
   * The options to create a `DocumentCheck`.
   */
  export interface IOptions {
    /**
     * The notebook panel or file editor.
     */
    widget: IDocumentWidget;
    /**
     * Whether it is a notebook or a text file.
     */
    kind: 'notebook' | 'file';
    /**
     * The scanner service.
     */
    scanner: ISecretScanner;
    /**
     * The current `onSave` setting.
     */
    mode: () => OnSaveMode;
    /**
     * Raise the warning for a save that wrote `findings` to `path`.
     */
    notify: (
      check: DocumentCheck,
      findings: readonly IFinding[],
      path: string
    ) => void;
    /**
     * Offer to update the checkpoint of a document whose last credential a save
     * removed, when that save made no checkpoint of its own.
     */
    cleaned?: (check: DocumentCheck) => void;
    /**
     * The contents manager's `fileChanged`, to see where a Save As writes.
     */
    fileChanged?: SaveGuard.IOptions['fileChanged'];
    /**
     * Where a failure is logged, once.
     */
    log?: (text: string) => void;
    /**
     * Whether scans must fail (the test hook).
     */
    failScan?: () => boolean;
  }
}
