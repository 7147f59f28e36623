import { Scanner } from '../core';
import { auditFile, IAuditFileResult } from '../core/file-walk';
import { batchFrames, IBatchFrame } from './batch-frames';
import { readerChunks } from './inventory';
import type {
  AuditReply,
  AuditRequest,
  ContentSkip,
  IBatchFile,
  IFailedMessage,
  IResultMessage,
  IScanBatchMessage,
  IScanMessage,
  IWorkerReader
} from './protocol';
import { readRefusal } from './read-refusals';

/** What the handler needs of `fetch` (a fake one in tests). */
export type FetchLike = (
  url: string,
  init: RequestInit
) => Promise<{
  ok: boolean;
  status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  body?: {
    cancel(): Promise<void>;
    getReader?: () => ReadableStreamDefaultReader<Uint8Array>;
  } | null;
}>;

/**
 * What the worker does with each message, apart from the worker itself so that jest can
 * drive it: build the engine, then audit files with it, reading them first where asked.
 *
 * Notes: never throws or rejects; a message it cannot handle becomes a `failed` reply.
 */
export class AuditWorkerHandler {
  /**
   * @param fetchFile - the worker's `fetch` (a fake in tests)
   */
  constructor(fetchFile?: FetchLike) {
    this._fetch = fetchFile ?? ((url, init) => fetch(url, init));
  }

  /**
   * Answer one message.
   *
   * @returns the reply, a promise of it for a scan that reads its file first, or `null`
   *   for a message that needs none
   */
  handle(message: AuditRequest): AuditReply | Promise<AuditReply> | null {
    try {
      switch (message?.type) {
        case 'configure':
          this._scanner = new Scanner(message.config);
          this._reader = message.reader ?? null;
          return {
            type: 'configured',
            errors: [...this._scanner.configErrors]
          };
        case 'scan':
          return message.read
            ? this._readAndScan(message)
            : this._scan(message);
        // Answered file by file through `scanBatch`, not here.
        case 'scanBatch':
        default:
          return null;
      }
    } catch (error) {
      return failed((message as { id?: number })?.id ?? -1, error);
    }
  }

  /**
   * Read the files of a `scanBatch` message with one request of the batch read, and audit
   * each as soon as its bytes have arrived.
   *
   * @param post - sends one reply per file, with that file's id
   *
   * Notes: never rejects. A file the answer refused, or did not reach (the request failed,
   * or the answer was cut or malformed), is judged by its path, with the reason.
   */
  async scanBatch(
    message: IScanBatchMessage,
    post: (reply: IResultMessage | IFailedMessage) => void
  ): Promise<void> {
    const files = message.files;
    let next = 0;
    const answer = (file: IBatchFile, frame: IBatchFrame | null) => {
      let reply: IResultMessage | IFailedMessage;
      try {
        reply = this._auditFrame(file, frame);
      } catch (error) {
        reply = failed(file.id, error);
      }
      post(reply);
    };
    const reader = this._reader;
    if (reader?.batchUrl) {
      try {
        const query = new URLSearchParams();
        files.forEach(file => query.append('path', file.path));
        const response = await this._fetch(`${reader.batchUrl}?${query}`, {
          headers: reader.headers,
          credentials: reader.credentials,
          cache: 'no-store'
        });
        if (response.ok) {
          const chunks = response.body?.getReader
            ? readerChunks(response.body.getReader())
            : oneChunk(response);
          for await (const frame of batchFrames(chunks)) {
            // Frames come in the order asked; one out of order ends the answer.
            if (frame.index !== next) {
              break;
            }
            answer(files[next++], frame);
          }
        } else {
          void response.body?.cancel().catch(() => undefined);
        }
      } catch {
        // Judged by path below.
      }
    }
    for (; next < files.length; next++) {
      answer(files[next], null);
    }
  }

  /** Audit one file of a batch from its frame; `null` for a file the answer did not reach. */
  private _auditFrame(
    file: IBatchFile,
    frame: IBatchFrame | null
  ): IResultMessage {
    let text: string | null = null;
    let skipped: ContentSkip | string | null;
    if (!frame) {
      skipped = 'read-error';
    } else if (frame.status !== 200 || !frame.bytes) {
      skipped = readRefusal(frame.status);
    } else {
      try {
        text = STRICT_UTF8.decode(frame.bytes);
        skipped = null;
      } catch {
        // Replacement characters would shift offsets and can split a value: judge by path.
        skipped = 'invalid-utf8';
      }
    }
    return this._auditText(file.id, file, text, skipped);
  }

  /** Read the file through the configured reader, then scan it (or judge it by path). */
  private async _readAndScan(message: IScanMessage): Promise<AuditReply> {
    let body: ArrayBuffer | null = null;
    let refusal: string | null = null;
    const reader = this._reader;
    if (!reader) {
      refusal = 'read-error';
    } else {
      try {
        const response = await this._fetch(
          `${reader.url}?path=${encodeURIComponent(message.path)}`,
          {
            headers: reader.headers,
            credentials: reader.credentials,
            cache: 'no-store'
          }
        );
        if (response.ok) {
          body = await response.arrayBuffer();
        } else {
          refusal = readRefusal(response.status);
          void response.body?.cancel().catch(() => undefined);
        }
      } catch {
        refusal = 'read-error';
      }
    }
    try {
      const reply = this._scan({ ...message, body });
      return refusal && reply.type === 'result'
        ? { ...reply, skipped: refusal }
        : reply;
    } catch (error) {
      return failed(message.id, error);
    }
  }

  private _scan(message: IScanMessage): AuditReply {
    const read = decode(message.body);
    return this._auditText(message.id, message, read.text, read.skipped);
  }

  /** Audit a file's text, or judge it by its path when there is none. */
  private _auditText(
    id: number,
    file: Pick<IScanMessage, 'path' | 'kind' | 'permissions'>,
    text: string | null,
    skipped: ContentSkip | string | null
  ): IResultMessage {
    let result: IAuditFileResult = auditFile(this._scanner, {
      path: file.path,
      kind: file.kind,
      text,
      permissions: file.permissions
    });
    if (result.malformed) {
      // Not a notebook after all: count it, and still judge it by its path.
      skipped = 'malformed-notebook';
      text = null;
      result = { ...result, findings: [], malformed: true };
    }
    return {
      type: 'result',
      id,
      result,
      skipped,
      bytes: text?.length ?? 0
    };
  }

  private _fetch: FetchLike;
  private _reader: IWorkerReader | null = null;
  private _scanner = new Scanner();
}

/** The reply for a message whose handling threw. */
function failed(id: number, error: unknown): IFailedMessage {
  return {
    type: 'failed',
    id,
    message: error instanceof Error ? error.message : String(error)
  };
}

// Throws on bytes that are not UTF-8, where the single read's JSON says `invalidUtf8`.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A whole answer as one chunk, for a response without a readable body. */
async function* oneChunk(response: {
  arrayBuffer(): Promise<ArrayBuffer>;
}): AsyncGenerator<Uint8Array> {
  yield new Uint8Array(await response.arrayBuffer());
}

/** The text out of the file read's JSON answer, or why there is none. */
function decode(body: ArrayBuffer | null): {
  text: string | null;
  skipped: ContentSkip | null;
} {
  if (body === null) {
    return { text: null, skipped: null };
  }
  let answer: { text?: unknown; invalidUtf8?: unknown };
  try {
    answer = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { text: null, skipped: 'bad-answer' };
  }
  if (typeof answer?.text !== 'string') {
    return { text: null, skipped: 'bad-answer' };
  }
  if (answer.invalidUtf8 === true) {
    // Replacement characters would shift offsets and can split a value: judge by path.
    return { text: null, skipped: 'invalid-utf8' };
  }
  return { text: answer.text, skipped: null };
}
