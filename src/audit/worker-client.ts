import type { IScannerConfig } from '../core';
import type { IFilePermissions } from '../core/credential-files';
import type {
  AuditReply,
  AuditRequest,
  IResultMessage,
  IWorkerReader
} from './protocol';

/** What the client needs of a `Worker` (a fake one in tests). */
export interface IWorkerLike {
  postMessage(message: AuditRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: AuditReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** One file for the worker. */
export interface IWorkerScan {
  path: string;
  kind: 'notebook' | 'text';
  permissions: IFilePermissions;
  /** The file read's answer; transferred to the worker, so unusable afterwards. */
  body: ArrayBuffer | null;
  /** Have the worker read the file itself (with the client's reader); `body` is then `null`. */
  read?: boolean;
}

/** One file for the worker to read in a batch and audit. */
export interface IWorkerBatchScan {
  path: string;
  kind: 'notebook' | 'text';
  permissions: IFilePermissions;
}

/** Raised for the scans still pending when the client is disposed. */
export class AuditCancelled extends Error {
  constructor() {
    super('the check was cancelled');
  }
}

/**
 * The page's side of the audit worker: one request per file, answered by a promise.
 *
 * Notes: cancelling terminates the worker, which stops a long scan at once (a message
 * would only be read after it); pending promises reject with `AuditCancelled`.
 */
export class AuditWorkerClient {
  /**
   * @param worker - a started worker running `audit.worker`
   * @param config - the engine's settings, the same as the editor's
   * @param reader - how the worker may read files itself, or `null`
   */
  constructor(
    worker: IWorkerLike,
    config: IScannerConfig,
    reader: IWorkerReader | null = null
  ) {
    this.reader = reader;
    this._worker = worker;
    worker.onmessage = event => this._onReply(event.data);
    worker.onerror = () =>
      this._failAll(new Error('the audit worker stopped unexpectedly'));
    this.configured = new Promise<string[]>((resolve, reject) => {
      this._configured = { resolve, reject };
    });
    // Disposing before the engine is built rejects `configured`; that is no error.
    this.configured.catch(() => undefined);
    worker.postMessage(
      reader
        ? { type: 'configure', config, reader }
        : { type: 'configure', config }
    );
  }

  /** How the worker reads files itself, or `null` when it is sent their bytes. */
  readonly reader: IWorkerReader | null;

  /** Resolves with the settings the engine ignored, once it is built. */
  readonly configured: Promise<string[]>;

  /** Scans sent and not yet answered: the page reads no more while this is high. */
  get pending(): number {
    return this._pending.size;
  }

  /** Whether the client was disposed. */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Audit one file in the worker.
   *
   * @returns the worker's result; rejects with `AuditCancelled` once disposed
   */
  scan(file: IWorkerScan): Promise<IResultMessage> {
    if (this._isDisposed) {
      return Promise.reject(new AuditCancelled());
    }
    const id = ++this._lastId;
    return new Promise<IResultMessage>((resolve, reject) => {
      this._pending.set(id, { resolve, reject });
      this._worker.postMessage(
        { type: 'scan', id, ...file },
        file.body ? [file.body] : []
      );
    });
  }

  /**
   * Audit several files that the worker reads with one request of the batch read (the
   * reader's `batchUrl`).
   *
   * @returns one promise per file, in order, each settled as that file is audited
   */
  scanBatch(files: IWorkerBatchScan[]): Promise<IResultMessage>[] {
    if (this._isDisposed) {
      return files.map(() => Promise.reject(new AuditCancelled()));
    }
    const batch = files.map(file => ({ ...file, id: ++this._lastId }));
    const replies = batch.map(
      file =>
        new Promise<IResultMessage>((resolve, reject) => {
          this._pending.set(file.id, { resolve, reject });
        })
    );
    this._worker.postMessage({ type: 'scanBatch', files: batch });
    return replies;
  }

  /** Stop the worker now; pending scans reject with `AuditCancelled`. */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._worker.terminate();
    this._failAll(new AuditCancelled());
  }

  private _onReply(reply: AuditReply): void {
    if (this._isDisposed || !reply) {
      return;
    }
    if (reply.type === 'configured') {
      this._configured?.resolve(reply.errors);
      return;
    }
    if (reply.type === 'replies') {
      reply.replies.forEach(one => this._onReply(one));
      return;
    }
    const waiting = this._pending.get(reply.id);
    if (!waiting) {
      return;
    }
    this._pending.delete(reply.id);
    if (reply.type === 'result') {
      waiting.resolve(reply);
    } else {
      waiting.reject(new Error(reply.message));
    }
  }

  private _failAll(error: Error): void {
    this._configured?.reject(error);
    this._configured = null;
    const waiting = [...this._pending.values()];
    this._pending.clear();
    waiting.forEach(w => w.reject(error));
  }

  private _configured: {
    resolve(errors: string[]): void;
    reject(error: Error): void;
  } | null = null;
  private _isDisposed = false;
  private _lastId = 0;
  private _pending = new Map<
    number,
    { resolve(reply: IResultMessage): void; reject(error: Error): void }
  >();
  private _worker: IWorkerLike;
}
