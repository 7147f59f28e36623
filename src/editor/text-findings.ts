import { ISignal, Signal } from '@lumino/signaling';
import { IDisposable } from '@lumino/disposable';

import { IFinding } from '../core';
import { IFindingsChange, ISecretScanner, ITextFindings } from '../tokens';

/**
 * The findings of one open text file (`.py`, `.env`, `.yaml`…), kept current from its
 * model for the status bar and the findings panel. The editor underlines come from the
 * linter, which scans the same text through the same engine.
 */
export class TextFindings implements ITextFindings, IDisposable {
  /**
   * Start following `options.model`; its text is scanned once, after the debounce.
   */
  constructor(options: TextFindings.IOptions) {
    this._model = options.model;
    this.sharedModel = options.model.sharedModel;
    this._service = options.scanner;
    this._model.contentChanged.connect(this._schedule, this);
    this._service.changed.connect(this._schedule, this);
    this._schedule();
  }

  /**
   * The shared model of the file: the key under which views find these findings.
   */
  readonly sharedModel: object;

  /**
   * Emitted after the text was scanned.
   */
  get changed(): ISignal<this, IFindingsChange> {
    return this._changed;
  }

  /**
   * The findings of the last scan.
   */
  get findings(): readonly IFinding[] {
    return this._findings;
  }

  /**
   * The number of findings.
   */
  get count(): number {
    return this._findings.length;
  }

  /**
   * Files have no pause: always false.
   */
  get paused(): boolean {
    return false;
  }

  /**
   * Whether the findings are disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Scan now, if a scan is pending.
   */
  flush(): void {
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
      this._scan();
    }
  }

  /**
   * Stop following the model.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    Signal.clearData(this);
  }

  private _schedule(): void {
    if (this._isDisposed) {
      return;
    }
    if (this._timer !== null) {
      clearTimeout(this._timer);
    }
    this._timer = setTimeout(() => {
      this._timer = null;
      this._scan();
    }, this._service.settings.debounceMs);
  }

  private _scan(): void {
    this._findings = this._service.scanner.scanText(this._model.toString());
    this._changed.emit({ cells: new Set() });
  }

  private _changed = new Signal<this, IFindingsChange>(this);
  private _findings: IFinding[] = [];
  private _isDisposed = false;
  private _model: TextFindings.IModel;
  private _service: ISecretScanner;
  private _timer: ReturnType<typeof setTimeout> | null = null;
}

/**
 * A namespace for `TextFindings` statics.
 */
export namespace TextFindings {
  /**
   * The part of a document model that is read.
   */
  export interface IModel {
    readonly sharedModel: object;
    readonly contentChanged: ISignal<any, void>;
    toString(): string;
  }

  /**
   * The options to create `TextFindings`.
   */
  export interface IOptions {
    /**
     * The text document's model (`context.model` of a file editor).
     */
    model: IModel;
    /**
     * The scanner service.
     */
    scanner: ISecretScanner;
  }
}
