import { AuditCancelled, AuditWorkerClient } from '../../audit/worker-client';
import { fakeGithubToken } from '../../core';
import { answer, FakeWorker } from './fake-worker';

describe('AuditWorkerClient', () => {
  const file = (text: string) => ({
    path: 'a.py',
    kind: 'text' as const,
    permissions: {},
    body: answer(text)
  });

  it('should configure the worker first, with the settings given', async () => {
    const worker = new FakeWorker();
    const client = new AuditWorkerClient(worker, { allowlist: ['^ghp_'] });
    expect(worker.sent[0]).toEqual({
      type: 'configure',
      config: { allowlist: ['^ghp_'] }
    });
    await expect(client.configured).resolves.toEqual([]);
  });

  it('should match each reply to its request', async () => {
    const client = new AuditWorkerClient(new FakeWorker(), {});
    const token = fakeGithubToken('ghp', 'client');
    const [clean, leaky] = await Promise.all([
      client.scan(file('print(1)')),
      client.scan(file(`t = "${token}"`))
    ]);
    expect(clean.result.findings).toEqual([]);
    expect(leaky.result.findings).toHaveLength(1);
    expect(client.pending).toBe(0);
  });

  it('should reject pending scans and terminate the worker when cancelled', async () => {
    const worker = new FakeWorker();
    const client = new AuditWorkerClient(worker, {});
    await client.configured;
    worker.hold = true;
    const pending = client.scan(file('print(1)'));
    expect(client.pending).toBe(1);
    client.dispose();
    await expect(pending).rejects.toBeInstanceOf(AuditCancelled);
    expect(worker.terminated).toBe(true);
    // A late reply from the terminated worker changes nothing.
    worker.held.forEach(reply => worker.onmessage?.({ data: reply }));
    await expect(client.scan(file('x'))).rejects.toBeInstanceOf(AuditCancelled);
  });

  it('should reject every pending scan when the worker dies', async () => {
    const worker = new FakeWorker();
    const client = new AuditWorkerClient(worker, {});
    await client.configured;
    worker.hold = true;
    const pending = client.scan(file('print(1)'));
    worker.onerror?.(new Event('error'));
    await expect(pending).rejects.toThrow(/stopped unexpectedly/);
  });

  it('should turn a failed reply into a rejection of that scan only', async () => {
    const worker = new FakeWorker();
    const client = new AuditWorkerClient(worker, {});
    await client.configured;
    worker.hold = true;
    const first = client.scan(file('a'));
    const second = client.scan(file('b'));
    worker.deliver({ type: 'failed', id: 1, message: 'boom' });
    await expect(first).rejects.toThrow('boom');
    worker.held.slice(1).forEach(reply => worker.deliver(reply));
    await expect(second).resolves.toMatchObject({ type: 'result', id: 2 });
  });

  it('should settle each file of a grouped replies message', async () => {
    const worker = new FakeWorker();
    const client = new AuditWorkerClient(worker, {});
    await client.configured;
    worker.hold = true;
    const first = client.scan(file('a'));
    const second = client.scan(file('b'));
    await new Promise(resolve => setTimeout(resolve, 0));
    const two = worker.held[1];
    expect(two).toMatchObject({ type: 'result', id: 2 });
    worker.deliver({
      type: 'replies',
      replies: [two, { type: 'failed', id: 1, message: 'boom' }] as any
    });
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toMatchObject({ type: 'result', id: 2 });
    expect(client.pending).toBe(0);
  });

  it('should give one promise per file of a batch, rejected once disposed', async () => {
    const client = new AuditWorkerClient(new FakeWorker(), {});
    client.dispose();
    const replies = client.scanBatch([
      { path: 'a.py', kind: 'text', permissions: {} },
      { path: 'b.py', kind: 'text', permissions: {} }
    ]);
    expect(replies).toHaveLength(2);
    for (const reply of replies) {
      await expect(reply).rejects.toBeInstanceOf(AuditCancelled);
    }
  });
});
