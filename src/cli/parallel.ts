/**
 * `--jobs N`: files scanned by worker threads, reported in walk order.
 */
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { Scanner } from '../core';
import type { IScannerConfig } from '../core';
import type { IFileReport } from './report';
import { scanFile } from './scan-file';
import type { IFileEntry } from './walk';

/** Below this many files, threads cost more to start than they save. */
export const PARALLEL_MIN_FILES = 64;

const WORKER_FLAG = 'credentialGuardScanWorker';

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
 * Scan `files` with `jobs` threads running `script` (the CLI's own launcher, which
 * serves scans when started as a worker), calling `onOutcome` in walk order.
 *
 * Notes: each thread has at most two files in flight, so the output stays in order
 * without holding more than a few reports; the order and the exit status are the
 * same as with one thread.
 */
export function scanInParallel(
  files: readonly IFileEntry[],
  jobs: number,
  script: string,
  setup: { config: IScannerConfig; showSecrets: boolean },
  onOutcome: (entry: IFileEntry, outcome: FileOutcome) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    const outcomes = new Map<number, FileOutcome>();
    let next = 0; // the next file to hand out
    let emitted = 0; // the next file to report
    const workers: Worker[] = [];
    const finish = () => {
      workers.forEach(w => void w.terminate());
      resolve();
    };
    const feed = (worker: Worker) => {
      if (next < files.length) {
        worker.postMessage({ index: next, entry: files[next] });
        next++;
      }
    };
    const threads = Math.max(1, Math.min(jobs, files.length));
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script, {
        workerData: { [WORKER_FLAG]: true, ...setup } as IWorkerSetup
      });
      worker.on('message', ({ index, outcome }) => {
        outcomes.set(index, outcome);
        while (outcomes.has(emitted)) {
          onOutcome(files[emitted], outcomes.get(emitted)!);
          outcomes.delete(emitted);
          emitted++;
        }
        feed(worker);
        if (emitted === files.length) {
          finish();
        }
      });
      worker.on('error', err => {
        workers.forEach(w => void w.terminate());
        reject(err);
      });
      workers.push(worker);
      feed(worker);
      feed(worker);
    }
  });
}
