import { DocumentRegistry } from '@jupyterlab/docregistry';
import { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

import { errorKind, IFinding } from '../core';
import { shouldNotify } from './save-decision';
import { findingsKey } from './save-notice';
import { SavedState } from './saved-state';
import { OnSaveMode } from './save-settings';

/**
 * The part of a document context the guard uses (a fake in tests).
 */
export interface ISaveContext {
  /**
   * `started` (synchronously, before the model is serialised), then `completed` or
   * `failed`.
   */
  readonly saveState: ISignal<any, DocumentRegistry.SaveState>;
  /**
   * Emitted when the document closes.
   */
  readonly disposed: ISignal<any, any>;
  /**
   * The document's path.
   */
  readonly path: string;
  /**
   * Emitted with the new path when the document is renamed or moved.
   */
  readonly pathChanged?: ISignal<any, string>;
}

/**
 * What the save guard reads of a contents change.
 */
export interface IFileChange {
  readonly type: string;
  readonly newValue?: { readonly path?: string } | null;
}

/**
 * Checks every save of one document: reads its findings as the save starts, records
 * what was saved once it lands, and warns once per content with credentials.
 *
 * #### Notes
 * JupyterLab 4 has no way to veto a save, and autosave calls `context.save()` directly,
 * so `saveState` is the one place that sees every save (manual, autosave, menu,
 * toolbar, save as, save all). The guard never throws into the save: when reading the
 * findings fails, the save goes ahead, the state is "unchecked", and the failure is
 * logged once per document, by its kind only (an error message could quote the text).
 */
export class SaveGuard implements IDisposable {
  /**
   * Start following the saves of `options.context`.
   */
  constructor(options: SaveGuard.IOptions) {
    this._context = options.context;
    this._collect = options.collect;
    this._mode = options.mode;
    this._notify = options.notify;
    this._cleaned = options.cleaned ?? (() => undefined);
    this._log = options.log ?? ((text: string) => console.warn(text));
    this._muted = options.muted ?? (() => false);
    this._now = options.now ?? (() => Date.now());
    this.state = options.state ?? new SavedState();
    this._context.saveState.connect(this._onSaveState, this);
    this._context.disposed.connect(this.dispose, this);
    options.fileChanged?.connect(this._onFileChanged, this);
    this._context.pathChanged?.connect(this._onPathChanged, this);
    this._path = this._context.path;
  }

  /**
   * What the last save wrote; shown in the document's toolbar.
   */
  readonly state: SavedState;

  /**
   * Whether the guard is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Treat `findings` as already seen: the next save of this content does not warn
   * (the user just approved it in the confirm dialog).
   */
  acknowledge(findings: readonly Pick<IFinding, 'fingerprint'>[]): void {
    this._lastKey = this._keyOf(findings, this._context.path);
  }

  /**
   * Run `save`, a save that makes a checkpoint after it (JupyterLab's save command):
   * when it removes the last credential, its own checkpoint is clean, so nothing is
   * offered.
   */
  async withCheckpoint<T>(save: () => Promise<T>): Promise<T> {
    this._checkpointing++;
    try {
      return await save();
    } finally {
      this._checkpointing--;
    }
  }

  /**
   * Stop following the document.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._context.saveState.disconnect(this._onSaveState, this);
    this._context.disposed.disconnect(this.dispose, this);
    this._context.pathChanged?.disconnect(this._onPathChanged, this);
    this.state.dispose();
    Signal.clearData(this);
  }

  private _onSaveState(_: unknown, state: DocumentRegistry.SaveState): void {
    if (this._isDisposed) {
      return;
    }
    if (state === 'started') {
      this._pending.push({
        findings: this._read(),
        checkpoint: this._checkpointing > 0
      });
      return;
    }
    // Saves can overlap (an autosave, then Ctrl+S): each ends with what it started with.
    const started = this._pending.shift();
    const pending = started?.findings;
    const path = this._savedAs ?? this._context.path;
    this._savedAs = null;
    // A failed save changes nothing: the document must not look saved when it is not.
    if (state !== 'completed' || pending === undefined) {
      return;
    }
    if (pending === null) {
      this.state.saved(null);
      return;
    }
    // The credentials are gone from the file, not from a checkpoint made while it held
    // them, unless this save makes a new one.
    const cleaned =
      pending.length === 0 &&
      this.state.withCredentials &&
      path === this._context.path &&
      !started?.checkpoint;
    this.state.saved(pending.length);
    if (cleaned) {
      this._cleaned(path);
    }
    const key = this._keyOf(pending, path);
    if (shouldNotify(this._mode(), key, this._lastKey) && !this._muted()) {
      this._notify(pending, path);
    }
    this._lastKey = key;
  }

  /**
   * A renamed document holds the same credentials in the same single file: what was
   * warned about under the old path stays warned about.
   */
  private _onPathChanged(_: unknown, path: string): void {
    const prefix = `${this._path}\n`;
    if (this._lastKey.startsWith(prefix)) {
      this._lastKey = `${path}\n${this._lastKey.slice(prefix.length)}`;
    }
    this._path = path;
  }

  /**
   * Note where a Save As writes: JupyterLab writes the new file through this document's
   * save (its `saveState`) while the document keeps its own path.
   */
  private _onFileChanged(_: unknown, change: IFileChange): void {
    const path = change.newValue?.path;
    if (
      change.type === 'save' &&
      this._pending.length > 0 &&
      typeof path === 'string' &&
      path !== this._context.path
    ) {
      this._savedAs = path;
    }
  }

  /**
   * The findings of the content being saved; `undefined` when the check is off, `null`
   * when it failed.
   */
  private _read(): readonly IFinding[] | null | undefined {
    if (this._mode() === 'off') {
      this.state.reset();
      return undefined;
    }
    const start = this._now();
    try {
      const findings = this._collect();
      const took = this._now() - start;
      if (took > SLOW_SCAN_MS) {
        this._logOnce(
          `jupyterlab-credential-guard: checking ${this._context.path} before saving took ${Math.round(took)} ms.`
        );
      }
      return findings;
    } catch (error) {
      this._logOnce(
        `jupyterlab-credential-guard: could not check ${this._context.path} for credentials before saving (${errorKind(error)}); it was saved unchecked.`
      );
      return null;
    }
  }

  /**
   * What "already warned" remembers: the findings, and where they were saved (the same
   * content saved as another file puts the credentials in a new place).
   */
  private _keyOf(
    findings: readonly Pick<IFinding, 'fingerprint'>[],
    path: string
  ): string {
    const key = findingsKey(findings);
    return key && `${path}\n${key}`;
  }

  private _logOnce(text: string): void {
    if (!this._logged) {
      this._logged = true;
      this._log(text);
    }
  }

  private _checkpointing = 0;
  private _cleaned: (path: string) => void;
  private _collect: () => readonly IFinding[];
  private _context: ISaveContext;
  private _isDisposed = false;
  private _lastKey = '';
  private _log: (text: string) => void;
  private _logged = false;
  private _mode: () => OnSaveMode;
  private _muted: () => boolean;
  private _notify: (findings: readonly IFinding[], path: string) => void;
  private _now: () => number;
  private _pending: {
    findings: readonly IFinding[] | null | undefined;
    checkpoint: boolean;
  }[] = [];
  private _path: string;
  private _savedAs: string | null = null;
}

/**
 * A namespace for `SaveGuard` statics.
 */
export namespace SaveGuard {
  /**
   * The options to create a `SaveGuard`.
   */
  export interface IOptions {
    /**
     * The document context (or a fake with `saveState`, `disposed` and `path`).
     */
    context: ISaveContext;
    /**
     * The findings of the content about to be saved; may throw.
     */
    collect: () => readonly IFinding[];
    /**
     * The current `onSave` setting.
     */
    mode: () => OnSaveMode;
    /**
     * Raise the warning for a save that wrote `findings` to `path` (the document's own
     * path, or where a Save As wrote).
     */
    notify: (findings: readonly IFinding[], path: string) => void;
    /**
     * Called when a save removed the last credential from the file but made no new
     * checkpoint (an autosave, a save through `context.save()`): the checkpoint may
     * still hold what was cleaned.
     */
    cleaned?: (path: string) => void;
    /**
     * The contents manager's `fileChanged`, to see where a Save As writes.
     */
    fileChanged?: ISignal<unknown, IFileChange>;
    /**
     * Where a failure is logged, once; `console.warn` by default.
     */
    log?: (text: string) => void;
    /**
     * Whether warnings of this document are paused by the user.
     */
    muted?: () => boolean;
    /**
     * The clock, in milliseconds (for tests).
     */
    now?: () => number;
    /**
     * The state to record saves in (a new one by default).
     */
    state?: SavedState;
  }
}

/**
 * A check that takes longer than this is logged: the save waited for it.
 */
const SLOW_SCAN_MS = 1000;
