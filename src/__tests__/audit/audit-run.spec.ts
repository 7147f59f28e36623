import { AuditRun, IAuditSource, IReadOutcome } from '../../audit/audit-run';
import type { InventoryRecord } from '../../audit/inventory';
import { AuditWorkerClient } from '../../audit/worker-client';
import { fakeGithubToken } from '../../core';
import { fakeCredentialFiles } from '../core/credential-files/fake-files';
import { answer, FakeWorker } from './fake-worker';

/** A home directory served from memory, with the inventory's record shapes. */
function fakeHome(
  files: Record<string, string>,
  extra: InventoryRecord[] = [],
  read?: (path: string) => Promise<IReadOutcome> | IReadOutcome
): IAuditSource & { reads: string[]; inFlight: number; maxInFlight: number } {
  const home = {
    reads: [] as string[],
    inFlight: 0,
    maxInFlight: 0,
    async *inventory(): AsyncGenerator<InventoryRecord> {
      for (const [path, text] of Object.entries(files)) {
        yield {
          type: 'file',
          path,
          size: text.length,
          mtime: 0,
          kind: path.endsWith('.png')
            ? 'binary'
            : path.endsWith('.ipynb')
              ? 'notebook'
              : 'text',
          groupReadable: false,
          worldReadable: false
        };
      }
      for (const record of extra) {
        yield record;
      }
      yield {
        type: 'summary',
        files: 0,
        bytes: 0,
        skipped: {},
        truncated: false,
        reason: null
      };
    },
    async read(path: string): Promise<IReadOutcome> {
      home.reads.push(path);
      home.inFlight++;
      home.maxInFlight = Math.max(home.maxInFlight, home.inFlight);
      await new Promise(resolve => setTimeout(resolve, 1));
      home.inFlight--;
      return read ? read(path) : { body: answer(files[path]) };
    }
  };
  return home;
}

describe('AuditRun', () => {
  const token = fakeGithubToken('ghp', 'run');

  it('should report credential files and leaky code, and count what it skipped', async () => {
    const creds = fakeCredentialFiles();
    const home = fakeHome(
      {
        '.aws/credentials': creds['.aws/credentials'],
        '.netrc': creds['.netrc'],
        'work/a.py': `t = "${token}"`,
        'work/clean.py': 'print(1)',
        'work/plot.png': 'PNG',
        'data/table.csv': 'a,b'
      },
      [{ type: 'skip', path: '.venv', reason: 'venv' }]
    );
    const progress: number[] = [];
    const run = new AuditRun({
      source: home,
      client: new AuditWorkerClient(new FakeWorker(), {}),
      onProgress: p => progress.push(p.filesDone),
      progressInterval: 0
    });
    const outcome = await run.start();
    expect(outcome.status).toBe('done');
    expect(outcome.files.map(f => f.path)).toEqual([
      '.aws/credentials',
      '.netrc',
      'work/a.py'
    ]);
    expect(outcome.skipped).toEqual({ venv: 1, 'other-format': 2 });
    expect(home.reads).not.toContain('data/table.csv');
    expect(outcome.progress).toMatchObject({
      filesTotal: 4,
      filesDone: 4,
      listed: true
    });
    expect(progress[progress.length - 1]).toBe(4);
  });

  it('should keep at most `concurrency` files in flight', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      files[`f${i}.py`] = 'print(1)';
    }
    const home = fakeHome(files);
    await new AuditRun({
      source: home,
      client: new AuditWorkerClient(new FakeWorker(), {}),
      concurrency: 3
    }).start();
    expect(home.reads).toHaveLength(30);
    expect(home.maxInFlight).toBeLessThanOrEqual(3);
  });

  it('should count files the server would not read and still judge them by path', async () => {
    const home = fakeHome(
      { '.aws/credentials': 'x', 'big.py': 'x' },
      [],
      path =>
        path === 'big.py' ? { skip: 'too-large' } : { skip: 'unreadable' }
    );
    const outcome = await new AuditRun({
      source: home,
      client: new AuditWorkerClient(new FakeWorker(), {})
    }).start();
    expect(outcome.skipped).toEqual({ 'too-large': 1, unreadable: 1 });
    expect(outcome.files.map(f => f.findings[0].ruleId)).toEqual([
      'credential-file/aws-credentials'
    ]);
  });

  it('should settle at once when cancelled, terminating the worker', async () => {
    const worker = new FakeWorker();
    let release = () => undefined as void;
    const home = fakeHome(
      { 'a.py': 'x', 'b.py': 'y' },
      [],
      () =>
        new Promise<IReadOutcome>(resolve => {
          release = () => resolve({ body: answer('x') });
        })
    );
    const run = new AuditRun({
      source: home,
      client: new AuditWorkerClient(worker, {})
    });
    const outcome = run.start();
    await new Promise(resolve => setTimeout(resolve, 20));
    const before = Date.now();
    run.cancel();
    const result = await outcome;
    expect(Date.now() - before).toBeLessThan(200);
    expect(result.status).toBe('cancelled');
    expect(worker.terminated).toBe(true);
    release(); // a read that ends after the cancel changes nothing
  });

  it('should fail with the inventory error, keeping what it audited', async () => {
    const home = fakeHome({ 'a.py': `t = "${token}"` }, [
      { type: 'error', message: 'the walk failed' }
    ]);
    const outcome = await new AuditRun({
      source: home,
      client: new AuditWorkerClient(new FakeWorker(), {})
    }).start();
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('the walk failed');
    expect(outcome.files).toHaveLength(1);
  });
});
