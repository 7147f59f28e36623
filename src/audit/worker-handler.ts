import { Scanner } from '../core';
import { auditFile, IAuditFileResult } from '../core/file-walk';
import type {
  AuditReply,
  AuditRequest,
  ContentSkip,
  IScanMessage
} from './protocol';

/**
 * What the worker does with each message, apart from the worker itself so that jest can
 * drive it: build the engine, then audit files with it.
 *
 * Notes: never throws; a message it cannot handle becomes a `failed` reply.
 */
export class AuditWorkerHandler {
  /**
   * Answer one message.
   *
   * @returns the reply, or `null` for a message that needs none
   */
  handle(message: AuditRequest): AuditReply | null {
    try {
      switch (message?.type) {
        case 'configure':
          this._scanner = new Scanner(message.config);
          return {
            type: 'configured',
            errors: [...this._scanner.configErrors]
          };
        case 'scan':
          return this._scan(message);
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
