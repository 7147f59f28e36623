/**
 * `--jobs N`: files scanned by worker threads, reported in walk order.
 */
import { setImmediate } from 'timers';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { Scanner } from '../core';
import type { IScannerConfig } from '../core';
import type { IFileReport } from './report';
import { scanFile } from './scan-file';
import type { IFileEntry } from './walk';

/** Below this many files, threads cost more to start than they save. */
export const PARALLEL_MIN_FILES = 64;

const WORKER_FLAG = 'credentialGuardScanWorker';

/**
 * Files handed to each worker ahead. This thread scans too and reads the workers'
 * replies only between its own files, so a worker with two files in flight often ran dry
 * while this thread was on a large one: with four, the in-process parallel scan of the
 * real-notebook corpus took 116-123 ms instead of about 154.
 */
const IN_FLIGHT = 4;

/** What one file gave: its report, `null` for a skipped binary, or an internal error. */
export type FileOutcome = IFileReport | null | { internalError: string };

interface IWorkerSetup {
  [WORKER_FLAG]: true;
  config: IScannerConfig;
  showSecrets: boolean;
}

/** Whether this thread was started by `scanInParallel` (then it only scans). */
export function isScanWorker(): boolean {
  return !isMainThread && Boolean(workerData?.[WORKER_FLAG]);
}

/**
 * Serve scan requests from the main thread until it closes the channel.
 *
 * Notes: each worker builds its own engine from the same config, so every
 * thread applies the same rules, allowlist and custom rules.
 */
export function serveScans(): void {
  const setup = workerData as IWorkerSetup;
  const scanner = new Scanner(setup.config);
  parentPort!.on('message', (job: { index: number; entry: IFileEntry }) => {
    let outcome: FileOutcome;
    try {
      outcome = scanFile(job.entry, scanner, setup.showSecrets);
    } catch (err) {
      outcome = { internalError: (err as Error).message };
    }
    parentPort!.postMessage({ index: job.index, outcome });
  });
}

/**
 * Scan `files` with `jobs` threads, calling `onOutcome` in walk order: this thread and
 * `jobs - 1` worker threads running `script` (the CLI's own launcher, which serves
 * scans when started as a worker).
 *
 * Notes: this thread scans too, from the first file on, while the workers start (each
 * loads the engine, which takes about as long as scanning a small folder); the order and
 * the exit status are the same as with one thread.
 */
export async function scanInParallel(
  files: readonly IFileEntry[],
  jobs: number,
  script: string,
  setup: { config: IScannerConfig; showSecrets: boolean },
  onOutcome: (entry: IFileEntry, outcome: FileOutcome) => void,
  scanHere: (entry: IFileEntry) => FileOutcome
): Promise<void> {
  const pool = new ScanPool(script, Math.min(jobs, files.length) - 1, setup);
  try {
    await pool.scan(files, onOutcome, scanHere);
  } finally {
    pool.terminate();
  }
}

/**
 * Worker threads that scan files, kept across scans (the benchmark times a warm pool).
 */
export class ScanPool {
  /**
   * @param script - what the threads run: the CLI's launcher
   * @param threads - how many worker threads (0: this thread scans alone)
   * @param setup - the engine's settings, the same in every thread
   */
  constructor(
    script: string,
    threads: number,
    setup: { config: IScannerConfig; showSecrets: boolean }
  ) {
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script, {
        workerData: { [WORKER_FLAG]: true, ...setup } as IWorkerSetup
      });
      worker.on('message', ({ index, outcome }) =>
        this._current?.done(worker, index, outcome)
      );
      worker.on('error', err => this._current?.fail(err));
      this._workers.push(worker);
    }
  }

  /**
   * Scan `files`, this thread included through `scanHere` when given, and report each
   * outcome in walk order. One scan at a time.
   */
  scan(
    files: readonly IFileEntry[],
    onOutcome: (entry: IFileEntry, outcome: FileOutcome) => void,
    scanHere?: (entry: IFileEntry) => FileOutcome
  ): Promise<void> {
    if (this._current) {
      return Promise.reject(new Error('the pool is already scanning'));
    }
    return new Promise<void>((resolve, reject) => {
      const outcomes = new Map<number, FileOutcome>();
      let next = 0; // the next file to hand out
      let emitted = 0; // the next file to report
      const settle = (error?: Error) => {
        this._current = null;
        return error ? reject(error) : resolve();
      };
      const record = (index: number, outcome: FileOutcome) => {
        outcomes.set(index, outcome);
        while (outcomes.has(emitted)) {
          onOutcome(files[emitted], outcomes.get(emitted)!);
          outcomes.delete(emitted);
          emitted++;
        }
        if (emitted === files.length) {
          settle();
        }
      };
      // Each worker has at most IN_FLIGHT files, so few reports wait for order.
      const feed = (worker: Worker) => {
        if (next < files.length) {
          worker.postMessage({ index: next, entry: files[next] });
          next++;
        }
      };
      this._current = {
        done: (worker, index, outcome) => {
          record(index, outcome);
          feed(worker);
        },
        fail: err => settle(err)
      };
      if (files.length === 0) {
        settle();
        return;
      }
      this._workers.forEach(worker => {
        for (let i = 0; i < IN_FLIGHT; i++) {
          feed(worker);
        }
      });
      if (scanHere) {
        // One file per turn of the event loop, so the workers' replies are read between.
        const step = () => {
          if (this._current === null || next >= files.length) {
            return;
          }
          const index = next++;
          record(index, scanHere(files[index]));
          setImmediate(step);
        };
        step();
      } else if (this._workers.length === 0) {
        settle(new Error('a pool without threads needs scanHere'));
      }
    });
  }

  /** Stop the threads. */
  terminate(): void {
    this._workers.forEach(worker => void worker.terminate());
    this._workers = [];
  }

  private _current: {
    done(worker: Worker, index: number, outcome: FileOutcome): void;
    fail(err: Error): void;
  } | null = null;
  private _workers: Worker[] = [];
}
