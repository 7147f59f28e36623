import type { AuditReply, AuditRequest } from '../../audit/protocol';
import { AuditWorkerHandler, FetchLike } from '../../audit/worker-handler';
import type { IWorkerLike } from '../../audit/worker-client';

/**
 * A worker that runs the real handler on the same thread, answering on a later task as
 * a real worker would; `hold` keeps replies back to test cancellation mid-scan.
 */
export class FakeWorker implements IWorkerLike {
  /** @param fetchFile - what the handler reads files with, for scans that read */
  constructor(fetchFile?: FetchLike) {
    this._handler = new AuditWorkerHandler(fetchFile);
  }

  onmessage: ((event: { data: AuditReply }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  hold = false;
  sent: AuditRequest[] = [];
  held: AuditReply[] = [];

  postMessage(message: AuditRequest): void {
    this.sent.push(message);
    const reply = this._handler.handle(message);
    if (!reply) {
      return;
    }
    // A scan that reads its file first answers once the read is done.
    void Promise.resolve(reply).then(answer => {
      if (this.hold && answer.type !== 'configured') {
        this.held.push(answer);
        return;
      }
      setTimeout(() => this.deliver(answer), 0);
    });
  }

  deliver(reply: AuditReply): void {
    if (!this.terminated) {
      this.onmessage?.({ data: reply });
    }
  }

  terminate(): void {
    this.terminated = true;
  }

  private _handler: AuditWorkerHandler;
}

/** The file endpoint's JSON answer for `text`, as bytes. */
export function answer(text: string, invalidUtf8 = false): ArrayBuffer {
  const bytes = new TextEncoder().encode(
    JSON.stringify({ path: 'x', size: text.length, text, invalidUtf8 })
  );
  return bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength
  );
}
