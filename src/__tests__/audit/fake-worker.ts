import type { AuditReply, AuditRequest } from '../../audit/protocol';
import { ReplyOutbox } from '../../audit/reply-outbox';
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
    if (message.type === 'scanBatch') {
      // Replies grouped per task, as the real worker posts them.
      void this._handler.scanBatch(message, answer => this._outbox.add(answer));
      return;
    }
    const reply = this._handler.handle(message);
    if (!reply) {
      return;
    }
    // A scan that reads its file first answers once the read is done.
    void Promise.resolve(reply).then(answer => this._post(answer));
  }

  private _post(answer: AuditReply): void {
    if (this.hold && answer.type !== 'configured') {
      this.held.push(answer);
      return;
    }
    setTimeout(() => this.deliver(answer), 0);
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
  private _outbox = new ReplyOutbox(message => this._post(message));
}

/**
 * The batch read's answer (docs/admin.md) for `files`, in order: a string is the file's
 * text, a number the status of its refusal.
 */
export function frames(files: (string | Uint8Array | number)[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  files.forEach((file, index) => {
    if (typeof file === 'number') {
      parts.push(
        encoder.encode(JSON.stringify({ index, status: file }) + '\n')
      );
      return;
    }
    const bytes = typeof file === 'string' ? encoder.encode(file) : file;
    parts.push(
      encoder.encode(
        JSON.stringify({ index, status: 200, size: bytes.length }) + '\n'
      ),
      bytes
    );
  });
  const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** A stream reader over `bytes`, in chunks of `size` bytes. */
export function chunkedReader(
  bytes: Uint8Array,
  size: number
): ReadableStreamDefaultReader<Uint8Array> {
  let at = 0;
  const reader = {
    cancelled: false,
    read: async () => {
      if (reader.cancelled || at >= bytes.length) {
        return { done: true, value: undefined };
      }
      const value = bytes.slice(at, at + size);
      at += size;
      return { done: false, value };
    },
    cancel: async () => {
      reader.cancelled = true;
    },
    releaseLock: () => undefined,
    closed: Promise.resolve(undefined)
  };
  return reader as unknown as ReadableStreamDefaultReader<Uint8Array>;
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
