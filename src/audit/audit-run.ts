import { credentialFileKind } from '../core/credential-files';
import { IAuditFinding, readKind } from '../core/file-walk';
import type { IInventoryFile, InventoryRecord } from './inventory';
import type { IResultMessage, IWorkerReader } from './protocol';
import {
  AuditCancelled,
  AuditWorkerClient,
  IWorkerBatchScan
} from './worker-client';

// A batch read's limits: a few megabytes of files per request keeps the worker's memory
// bounded, and the URL well under the server's header limit (and its 256 paths).
const BATCH_FILES = 128;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_QUERY_CHARS = 6000;

/** What the worker is told of a listed file: how to read it, and who else may. */
function scanOf(file: IInventoryFile): IWorkerBatchScan {
  return {
    path: file.path,
    kind: readKind(file.path) ?? 'text',
    permissions: {
      groupReadable: file.groupReadable,
      worldReadable: file.worldReadable
    }
  };
}

/** Where the run gets its files: the server's endpoints, or fakes in tests. */
export interface IAuditSource {
  /** The inventory's records as they stream. */
  inventory(signal: AbortSignal): AsyncIterable<InventoryRecord>;
  /** One file's read answer, or why it could not be read. */
  read(path: string, signal: AbortSignal): Promise<IReadOutcome>;
  /**
   * How the worker can read a file itself; then `read` is not used. (The controller
   * gives it to the worker client.)
   */
  readonly reader?: IWorkerReader | null;
}

/** A file read: the answer's bytes, or a skip reason (`too-large`, `unreadable`…). */
export type IReadOutcome = { body: ArrayBuffer } | { skip: string };

/** How far the run is. */
export interface IAuditProgress {
  /** Files to audit listed so far, and their bytes. */
  filesTotal: number;
  bytesTotal: number;
  /** Of those, audited (or skipped) so far. */
  filesDone: number;
  bytesDone: number;
  /** Whether the inventory is complete, so the totals are final. */
  listed: boolean;
}

/** The findings of one file. */
export interface IAuditFileReport {
  path: string;
  kind: 'notebook' | 'text';
  findings: IAuditFinding[];
}

/** How a run ended. */
export interface IAuditOutcome {
  status: 'done' | 'cancelled' | 'failed';
  /** Files with findings, sorted by path. */
  files: IAuditFileReport[];
  /** Files and folders left out, per reason. */
  skipped: Record<string, number>;
  progress: IAuditProgress;
  /** The inventory stopped at one of its limits (`max-files`, `max-seconds`). */
  truncated: string | null;
  /** What went wrong, for `failed`. */
  error: string | null;
  /** Settings the engine ignored. */
  configErrors: string[];
}

/**
 * One check of the stored files: streams the inventory, reads candidate files a few at
 * a time and has the worker audit them.
 *
 * Notes: at most `concurrency` files are being read or scanned at once, so memory stays
 * bounded by that many file reads (each capped by the server); the worker is fed only as
 * fast as it answers. When the client has a reader, the worker reads the files itself and
 * the page only sends paths. `cancel()` settles the run at once and terminates the worker,
 * which ends its reads too.
 */
export class AuditRun {
  constructor(options: AuditRun.IOptions) {
    this._source = options.source;
    this._client = options.client;
    this._concurrency = options.concurrency ?? 4;
    this._onProgress = options.onProgress ?? (() => undefined);
    this._progressInterval = options.progressInterval ?? 100;
    this._cancelled = new Promise<IAuditOutcome>(resolve => {
      this._settleCancelled = resolve;
    });
  }

  /** Run the check; resolves when it ends, is cancelled or fails. */
  start(): Promise<IAuditOutcome> {
    if (!this._started) {
      this._started = Promise.race([this._run(), this._cancelled]);
    }
    return this._started;
  }

  /** Stop now: the requests are aborted and the worker terminated. */
  cancel(): void {
    if (this._abort.signal.aborted) {
      return;
    }
    this._abort.abort();
    this._client.dispose();
    this._wake();
    this._settleCancelled(this._outcome('cancelled'));
  }

  private async _run(): Promise<IAuditOutcome> {
    try {
      this._configErrors = await this._client.configured;
      const listing = this._list();
      const loops = Array.from({ length: this._concurrency }, () =>
        this._work()
      );
      await Promise.all([listing, ...loops]);
    } catch (error) {
      if (error instanceof AuditCancelled || this._abort.signal.aborted) {
        return this._outcome('cancelled');
      }
      this._error = error instanceof Error ? error.message : String(error);
      this._abort.abort();
      this._client.dispose();
      this._wake();
      return this._outcome('failed');
    }
    this._client.dispose(); // nothing is pending: this frees the worker's memory
    this._report(true);
    return this._outcome(this._error ? 'failed' : 'done');
  }

  private async _list(): Promise<void> {
    try {
      for await (const record of this._source.inventory(this._abort.signal)) {
        if (this._abort.signal.aborted) {
          return;
        }
        this._take(record);
      }
    } finally {
      this._progress.listed = true;
      this._wake();
    }
  }

  private _take(record: InventoryRecord): void {
    switch (record.type) {
      case 'file':
        if (readKind(record.path) || credentialFileKind(record.path)) {
          this._queue.push(record);
          this._progress.filesTotal++;
          this._progress.bytesTotal += record.size;
          this._wake();
        } else {
          this._count('other-format');
        }
        break;
      case 'skip':
        this._count(record.reason);
        break;
      case 'summary':
        this._truncated = record.truncated ? (record.reason ?? 'limit') : null;
        break;
      case 'error':
        this._error = record.message;
        break;
    }
    this._report(false);
  }

  private async _work(): Promise<void> {
    for (;;) {
      if (this._abort.signal.aborted) {
        return;
      }
      const file =
        this._head < this._queue.length ? this._queue[this._head++] : null;
      if (!file) {
        if (this._progress.listed) {
          return;
        }
        await new Promise<void>(resolve => this._sleepers.push(resolve));
        continue;
      }
      if (this._head > 1024 && this._head * 2 > this._queue.length) {
        // Drop what was taken, so a 50,000-file walk does not keep every record.
        this._queue = this._queue.slice(this._head);
        this._head = 0;
      }
      if (this._batchable(file)) {
        await this._auditBatch(this._takeBatch(file));
        continue;
      }
      await this._audit(file);
      this._done(file);
    }
  }

  /** Whether the worker reads this file in a batch with others. */
  private _batchable(file: IInventoryFile): boolean {
    return (
      !!this._client.reader?.batchUrl &&
      file.kind !== 'binary' &&
      readKind(file.path) !== null
    );
  }

  /**
   * `first` and the batchable files queued right after it, within the batch's limits:
   * files, bytes, and the length of the request's URL.
   */
  private _takeBatch(first: IInventoryFile): IInventoryFile[] {
    const batch = [first];
    let bytes = first.size;
    let query = first.path.length;
    while (batch.length < BATCH_FILES && this._head < this._queue.length) {
      const file = this._queue[this._head];
      bytes += file.size;
      // Every character counted thrice covers percent-encoding; plus "&path=".
      query += file.path.length * 3 + 6;
      if (
        !this._batchable(file) ||
        bytes > BATCH_BYTES ||
        query > BATCH_QUERY_CHARS
      ) {
        break;
      }
      batch.push(file);
      this._head++;
    }
    return batch;
  }

  private async _auditBatch(files: IInventoryFile[]): Promise<void> {
    const replies = this._client.scanBatch(files.map(scanOf));
    // Each file counts as done when its own reply arrives, for a steady progress bar.
    await Promise.all(
      replies.map(async (reply, i) => {
        this._record(files[i], await reply);
        this._done(files[i]);
      })
    );
  }

  private _done(file: IInventoryFile): void {
    this._progress.filesDone++;
    this._progress.bytesDone += file.size;
    this._report(false);
  }

  private async _audit(file: IInventoryFile): Promise<void> {
    const kind = readKind(file.path);
    let body: ArrayBuffer | null = null;
    const readable = kind !== null && file.kind !== 'binary';
    const workerReads = readable && this._client.reader !== null;
    if (readable && !workerReads) {
      const read = await this._source.read(file.path, this._abort.signal);
      if ('skip' in read) {
        this._count(read.skip);
      } else {
        body = read.body;
      }
    }
    const reply = await this._client.scan({
      ...scanOf(file),
      body,
      read: workerReads
    });
    this._record(file, reply);
  }

  private _record(file: IInventoryFile, reply: IResultMessage): void {
    if (reply.skipped) {
      this._count(reply.skipped);
    }
    if (reply.result.findings.length > 0) {
      const { path, kind } = scanOf(file);
      this._files.push({ path, kind, findings: reply.result.findings });
    }
  }

  private _count(reason: string): void {
    this._skipped[reason] = (this._skipped[reason] ?? 0) + 1;
  }

  private _wake(): void {
    const sleepers = this._sleepers;
    this._sleepers = [];
    sleepers.forEach(wake => wake());
  }

  private _report(force: boolean): void {
    const now = Date.now();
    if (force || now - this._lastReport >= this._progressInterval) {
      this._lastReport = now;
      this._onProgress({ ...this._progress });
    }
  }

  private _outcome(status: IAuditOutcome['status']): IAuditOutcome {
    return {
      status,
      files: [...this._files].sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0
      ),
      skipped: { ...this._skipped },
      progress: { ...this._progress },
      truncated: this._truncated,
      error: this._error,
      configErrors: this._configErrors
    };
  }

  private _abort = new AbortController();
  private _client: AuditWorkerClient;
  private _concurrency: number;
  private _configErrors: string[] = [];
  private _error: string | null = null;
  private _files: IAuditFileReport[] = [];
  private _head = 0;
  private _lastReport = 0;
  private _onProgress: (progress: IAuditProgress) => void;
  private _progress: IAuditProgress = {
    filesTotal: 0,
    bytesTotal: 0,
    filesDone: 0,
    bytesDone: 0,
    listed: false
  };
  private _progressInterval: number;
  private _queue: IInventoryFile[] = [];
  private _cancelled: Promise<IAuditOutcome>;
  private _settleCancelled: (outcome: IAuditOutcome) => void = () => undefined;
  private _skipped: Record<string, number> = {};
  private _sleepers: (() => void)[] = [];
  private _source: IAuditSource;
  private _started: Promise<IAuditOutcome> | null = null;
  private _truncated: string | null = null;
}

/** A namespace for `AuditRun` statics. */
export namespace AuditRun {
  /** The options to create an `AuditRun`. */
  export interface IOptions {
    source: IAuditSource;
    /** A fresh client on a started worker; the run disposes of it when cancelled. */
    client: AuditWorkerClient;
    /** Files read or scanned at once (default 4). */
    concurrency?: number;
    /** Called with the progress, at most every `progressInterval` ms, and at the end. */
    onProgress?: (progress: IAuditProgress) => void;
    progressInterval?: number;
  }
}
