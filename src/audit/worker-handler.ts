import { Scanner } from '../core';
import { auditFile, IAuditFileResult } from '../core/file-walk';
import type {
  AuditReply,
  AuditRequest,
  ContentSkip,
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
  body?: { cancel(): Promise<void> } | null;
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
        default:
          return null;
      }
    } catch (error) {
      return {
        type: 'failed',
        id: (message as { id?: number })?.id ?? -1,
        message: error instanceof Error ? error.message : String(error)
      };
    }
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
      return {
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error)
      };
    }
  }

  private _scan(message: IScanMessage): AuditReply {
    const read = decode(message.body);
    let text = read.text;
    let skipped: ContentSkip | null = read.skipped;
    let result: IAuditFileResult = auditFile(this._scanner, {
      path: message.path,
      kind: message.kind,
      text,
      permissions: message.permissions
    });
    if (result.malformed) {
      // Not a notebook after all: count it, and still judge it by its path.
      skipped = 'malformed-notebook';
      text = null;
      result = { ...result, findings: [], malformed: true };
    }
    return {
      type: 'result',
      id: message.id,
      result,
      skipped,
      bytes: text?.length ?? 0
    };
  }

  private _fetch: FetchLike;
  private _reader: IWorkerReader | null = null;
  private _scanner = new Scanner();
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
