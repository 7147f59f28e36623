import type { IWorkerLike } from './worker-client';

/**
 * Start the audit's Web Worker.
 *
 * Notes: the bundler (rspack, through jupyter-builder) sees `new Worker(new URL(…,
 * import.meta.url))` and emits the worker as a chunk of its own beside the
 * extension's other chunks, loaded from the same public path as them. The worker
 * imports only the pure core, so it needs nothing from the module federation.
 */
export function startAuditWorker(): IWorkerLike {
  return new Worker(new URL('./audit.worker.js', import.meta.url), {
    name: 'credential-guard-audit'
  }) as unknown as IWorkerLike;
}
