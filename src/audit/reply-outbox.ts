import type {
  IFailedMessage,
  IRepliesMessage,
  IResultMessage
} from './protocol';

/** Most replies in one message, so that the page's task for it stays short. */
const MAX_REPLIES = 256;

/**
 * Collects the worker's per-file replies and sends them together: at the end of the
 * current task (a timer), or at once when `MAX_REPLIES` are waiting.
 *
 * Notes: a batch audits many small files within one task; one message per file would
 * cost the page a task, a structured clone and an event each.
 */
export class ReplyOutbox {
  /**
   * @param send - posts one message to the page
   * @param schedule - runs a callback after the current task (a fake in tests)
   */
  constructor(
    send: (message: IRepliesMessage) => void,
    schedule: (flush: () => void) => void = flush => setTimeout(flush, 0)
  ) {
    this._send = send;
    this._schedule = schedule;
  }

  /** Queue one reply. */
  add(reply: IResultMessage | IFailedMessage): void {
    this._waiting.push(reply);
    if (this._waiting.length >= MAX_REPLIES) {
      this.flush();
    } else if (!this._scheduled) {
      this._scheduled = true;
      this._schedule(() => this.flush());
    }
  }

  /** Send what is waiting, if anything. */
  flush(): void {
    this._scheduled = false;
    if (this._waiting.length === 0) {
      return;
    }
    const replies = this._waiting;
    this._waiting = [];
    this._send({ type: 'replies', replies });
  }

  private _scheduled = false;
  private _schedule: (flush: () => void) => void;
  private _send: (message: IRepliesMessage) => void;
  private _waiting: IRepliesMessage['replies'] = [];
}
