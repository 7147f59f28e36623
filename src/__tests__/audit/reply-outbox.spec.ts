import type { IRepliesMessage, IResultMessage } from '../../audit/protocol';
import { ReplyOutbox } from '../../audit/reply-outbox';

const result = (id: number): IResultMessage => ({
  type: 'result',
  id,
  result: { findings: [] } as unknown as IResultMessage['result'],
  skipped: null,
  bytes: 0
});

describe('ReplyOutbox', () => {
  it('should send the replies of one task as one message, in order', () => {
    const sent: IRepliesMessage[] = [];
    const timers: (() => void)[] = [];
    const outbox = new ReplyOutbox(
      message => sent.push(message),
      flush => timers.push(flush)
    );
    outbox.add(result(1));
    outbox.add({ type: 'failed', id: 2, message: 'boom' });
    outbox.add(result(3));
    expect(sent).toEqual([]);
    expect(timers).toHaveLength(1);
    timers[0]();
    expect(sent).toHaveLength(1);
    expect(sent[0].replies.map(r => r.id)).toEqual([1, 2, 3]);
    // Nothing waiting: a later flush sends nothing.
    outbox.flush();
    expect(sent).toHaveLength(1);
    outbox.add(result(4));
    expect(timers).toHaveLength(2);
  });

  it('should send at once when 256 replies are waiting', () => {
    const sent: IRepliesMessage[] = [];
    const outbox = new ReplyOutbox(
      message => sent.push(message),
      () => undefined
    );
    for (let id = 0; id < 600; id++) {
      outbox.add(result(id));
    }
    expect(sent.map(m => m.replies.length)).toEqual([256, 256]);
    outbox.flush();
    expect(sent.map(m => m.replies.length)).toEqual([256, 256, 88]);
    expect(sent.flatMap(m => m.replies.map(r => r.id))).toEqual(
      Array.from({ length: 600 }, (_, id) => id)
    );
  });

  it('should flush after the current task by default', async () => {
    const sent: IRepliesMessage[] = [];
    const outbox = new ReplyOutbox(message => sent.push(message));
    outbox.add(result(1));
    await Promise.resolve();
    expect(sent).toEqual([]);
    await new Promise(resolve => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
  });
});
