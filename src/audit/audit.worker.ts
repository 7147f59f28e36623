/**
 * The audit's Web Worker: runs the detection core on each file the page sends.
 *
 * Notes: it imports nothing from JupyterLab (a worker has no share scope of the module
 * federation), only the pure core.
 */
import type { AuditRequest } from './protocol';
import { AuditWorkerHandler } from './worker-handler';
import { ReplyOutbox } from './reply-outbox';

const handler = new AuditWorkerHandler();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AuditRequest>) => void) | null;
  postMessage(message: unknown): void;
};

// A batch's replies wait here for the end of the current task, then go as one message.
const outbox = new ReplyOutbox(replies => scope.postMessage(replies));

scope.onmessage = event => {
  if (event.data?.type === 'scanBatch') {
    // One reply per file, as each is audited; other messages are handled meanwhile.
    void handler.scanBatch(event.data, reply => outbox.add(reply));
    return;
  }
  const reply = handler.handle(event.data);
  if (reply instanceof Promise) {
    // A scan that reads its file first: other messages are handled meanwhile.
    void reply.then(answer => scope.postMessage(answer));
  } else if (reply) {
    scope.postMessage(reply);
  }
};
