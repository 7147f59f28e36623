import { AuditRun, IAuditSource } from '../../audit/audit-run';
import type { InventoryRecord } from '../../audit/inventory';
import type {
  AuditReply,
  IResultMessage,
  IWorkerReader
} from '../../audit/protocol';
import { AuditWorkerClient } from '../../audit/worker-client';
import { AuditWorkerHandler, FetchLike } from '../../audit/worker-handler';
import { fakeGithubToken } from '../../core';
import { fakeCredentialFiles } from '../core/credential-files/fake-files';
import { chunkedReader, FakeWorker, frames } from './fake-worker';

const READER: IWorkerReader = {
  url: 'http://127.0.0.1:8888/user/ada/credential-guard/file',
  batchUrl: 'http://127.0.0.1:8888/user/ada/credential-guard/files',
  headers: { Authorization: 'token abc' },
  credentials: 'same-origin'
};

type FakeFile = string | Uint8Array | number;

/**
 * A batch read endpoint over `files`: a path not listed answers 404 in its frame;
 * `cutAfter` ends the answer that many bytes in, `fail` makes the request fail.
 */
function fakeBatchEndpoint(
  files: Record<string, FakeFile>,
  options: { cutAfter?: number; fail?: number | 'network'; chunk?: number } = {}
) {
  const requests: { url: string; init: RequestInit; paths: string[] }[] = [];
  const fetchFile: FetchLike = async (url, init) => {
    const paths = new URL(url).searchParams.getAll('path');
    requests.push({ url, init, paths });
    if (options.fail === 'network') {
      throw new TypeError('Failed to fetch');
    }
    let bytes = frames(paths.map(path => files[path] ?? 404));
    if (options.cutAfter !== undefined) {
      bytes = bytes.slice(0, options.cutAfter);
    }
    const ok = options.fail === undefined;
    return {
      ok,
      status: ok ? 200 : (options.fail as number),
      arrayBuffer: async () => bytes.buffer as ArrayBuffer,
      body: {
        cancel: async () => undefined,
        getReader: () => chunkedReader(bytes, options.chunk ?? 7)
      }
    };
  };
  return { requests, fetchFile };
}

async function scanBatch(
  fetchFile: FetchLike,
  paths: string[],
  reader: IWorkerReader = READER
): Promise<IResultMessage[]> {
  const handler = new AuditWorkerHandler(fetchFile);
  handler.handle({ type: 'configure', config: {}, reader });
  const replies: AuditReply[] = [];
  await handler.scanBatch(
    {
      type: 'scanBatch',
      files: paths.map((path, i) => ({
        id: 10 + i,
        path,
        kind: path.endsWith('.ipynb') ? 'notebook' : 'text',
        permissions: {}
      }))
    },
    reply => replies.push(reply)
  );
  return replies as IResultMessage[];
}

const ruleIds = (reply: IResultMessage) =>
  reply.result.findings.map(f => f.ruleId);

describe('AuditWorkerHandler#scanBatch', () => {
  const token = fakeGithubToken('ghp', 'worker-batch');

  it('should read every file with one request, and answer each with its own id', async () => {
    const endpoint = fakeBatchEndpoint({
      'work/a b#.py': `t = "${token}"`,
      'work/clean.py': 'print(1)',
      'nb.ipynb': JSON.stringify({
        cells: [{ cell_type: 'code', source: `x = "${token}"`, outputs: [] }],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5
      })
    });
    const replies = await scanBatch(endpoint.fetchFile, [
      'work/a b#.py',
      'work/clean.py',
      'nb.ipynb'
    ]);
    expect(endpoint.requests).toHaveLength(1);
    expect(endpoint.requests[0].paths).toEqual([
      'work/a b#.py',
      'work/clean.py',
      'nb.ipynb'
    ]);
    expect(endpoint.requests[0].url.startsWith(`${READER.batchUrl}?`)).toBe(
      true
    );
    expect(endpoint.requests[0].init).toEqual({
      headers: { Authorization: 'token abc' },
      credentials: 'same-origin',
      cache: 'no-store'
    });
    expect(replies.map(r => [r.type, r.id, r.skipped])).toEqual([
      ['result', 10, null],
      ['result', 11, null],
      ['result', 12, null]
    ]);
    expect(replies.map(ruleIds)).toEqual([
      ['github-token'],
      [],
      ['github-token']
    ]);
    expect(replies[0].bytes).toBe(`t = "${token}"`.length);
  });

  it("should count each refused file with the single read's reason, and judge it by its path", async () => {
    const endpoint = fakeBatchEndpoint({
      '.aws/credentials': 413,
      'b.txt': 415,
      'c.txt': 403
    });
    const replies = await scanBatch(endpoint.fetchFile, [
      '.aws/credentials',
      'b.txt',
      'c.txt',
      'gone.txt'
    ]);
    expect(replies.map(r => r.skipped)).toEqual([
      'too-large',
      'binary',
      'unreadable',
      'gone'
    ]);
    expect(ruleIds(replies[0])).toEqual(['credential-file/aws-credentials']);
  });

  it('should skip bytes that are not UTF-8 as the single read does', async () => {
    const endpoint = fakeBatchEndpoint({
      'latin1.txt': new Uint8Array([0x70, 0x77, 0x3d, 0xe9, 0x0a])
    });
    const [reply] = await scanBatch(endpoint.fetchFile, ['latin1.txt']);
    expect(reply.skipped).toBe('invalid-utf8');
    expect(reply.bytes).toBe(0);
  });

  it.each([
    ['the request fails', { fail: 'network' as const }],
    ['the server refuses the batch', { fail: 400 }]
  ])(
    'should answer every file, judged by its path, when %s',
    async (_why, options) => {
      const creds = fakeCredentialFiles();
      const endpoint = fakeBatchEndpoint(
        { '.netrc': creds['.netrc'] },
        options
      );
      const replies = await scanBatch(endpoint.fetchFile, ['.netrc', 'a.py']);
      expect(replies.map(r => [r.id, r.skipped])).toEqual([
        [10, 'read-error'],
        [11, 'read-error']
      ]);
      expect(ruleIds(replies[0])).toEqual(['credential-file/netrc']);
    }
  );

  it('should keep the files answered before the answer was cut, and count the rest', async () => {
    const files = { 'a.py': `t = "${token}"`, 'b.py': 'x = 1\n'.repeat(50) };
    const whole = frames([files['a.py'], files['b.py']]);
    const endpoint = fakeBatchEndpoint(files, { cutAfter: whole.length - 20 });
    const replies = await scanBatch(endpoint.fetchFile, ['a.py', 'b.py']);
    expect(replies.map(r => r.skipped)).toEqual([null, 'read-error']);
    expect(ruleIds(replies[0])).toEqual(['github-token']);
  });

  it('should not read without a batch endpoint', async () => {
    const endpoint = fakeBatchEndpoint({ 'a.py': 'x' });
    const replies = await scanBatch(endpoint.fetchFile, ['a.py'], {
      ...READER,
      batchUrl: undefined
    });
    expect(endpoint.requests).toEqual([]);
    expect(replies.map(r => r.skipped)).toEqual(['read-error']);
  });
});

describe('AuditRun with batch reads', () => {
  /** An inventory of `paths` (all `size` bytes), and a page that must never read. */
  function source(paths: string[], size = 10, binary: string[] = []) {
    const pageReads: string[] = [];
    const audit: IAuditSource = {
      reader: READER,
      async *inventory(): AsyncGenerator<InventoryRecord> {
        for (const path of paths) {
          yield {
            type: 'file',
            path,
            size,
            mtime: 0,
            kind: binary.includes(path) ? 'binary' : 'text'
          };
        }
        yield {
          type: 'summary',
          files: paths.length,
          bytes: paths.length * size,
          skipped: {},
          truncated: false,
          reason: null
        };
      },
      async read(path) {
        pageReads.push(path);
        return { skip: 'read-error' };
      }
    };
    return { audit, pageReads };
  }

  it('should read many files per request, with the same results as reading one at a time', async () => {
    const creds = fakeCredentialFiles();
    const token = fakeGithubToken('ghp', 'run-batch');
    const files: Record<string, FakeFile> = {
      '.netrc': creds['.netrc'],
      'work/big.txt': 413
    };
    for (let i = 0; i < 300; i++) {
      files[`work/f${String(i).padStart(3, '0')}.py`] =
        i === 150 ? `t = "${token}"` : `x = ${i}\n`;
    }
    const paths = Object.keys(files);
    const endpoint = fakeBatchEndpoint(files);
    const { audit, pageReads } = source(paths);
    const worker = new FakeWorker(endpoint.fetchFile);
    const progress: number[] = [];
    const outcome = await new AuditRun({
      source: audit,
      client: new AuditWorkerClient(worker, {}, READER),
      progressInterval: 0,
      onProgress: p => progress.push(p.filesDone)
    }).start();
    expect(pageReads).toEqual([]);
    expect(outcome.status).toBe('done');
    expect(outcome.files.map(f => f.path)).toEqual(['.netrc', 'work/f150.py']);
    expect(outcome.skipped).toEqual({ 'too-large': 1 });
    expect(outcome.progress.filesDone).toBe(paths.length);
    // Every file once, in a few requests of at most 128 paths.
    const asked = endpoint.requests.flatMap(r => r.paths);
    expect(asked.sort()).toEqual([...paths].sort());
    expect(endpoint.requests.length).toBeLessThan(10);
    expect(Math.max(...endpoint.requests.map(r => r.paths.length))).toBe(128);
    // Progress moves file by file, not batch by batch.
    expect(new Set(progress).size).toBeGreaterThan(100);
  });

  it('should keep a batch within its bytes, and judge binary files by path without reading them', async () => {
    const paths = ['a.txt', 'b.txt', 'c.txt', '.aws/credentials'];
    const endpoint = fakeBatchEndpoint({
      'a.txt': 'a',
      'b.txt': 'b',
      'c.txt': 'c'
    });
    // Each file is 3 MB by the inventory: over the 4 MB of a batch together.
    // The inventory calls the credentials file binary: it is judged by its path.
    const { audit } = source(paths, 3 * 1024 * 1024, ['.aws/credentials']);
    const outcome = await new AuditRun({
      source: audit,
      client: new AuditWorkerClient(
        new FakeWorker(endpoint.fetchFile),
        {},
        READER
      )
    }).start();
    expect(endpoint.requests.map(r => r.paths)).toEqual([
      ['a.txt'],
      ['b.txt'],
      ['c.txt']
    ]);
    expect(outcome.progress.filesDone).toBe(4);
    expect(outcome.files.map(f => f.path)).toEqual(['.aws/credentials']);
  });

  it('should stop at once on cancel, with batches in flight', async () => {
    const files: Record<string, FakeFile> = {};
    for (let i = 0; i < 600; i++) {
      files[`f${i}.py`] = `x = ${i}\n`;
    }
    const endpoint = fakeBatchEndpoint(files);
    const { audit } = source(Object.keys(files));
    const worker = new FakeWorker(endpoint.fetchFile);
    worker.hold = true;
    const run = new AuditRun({
      source: audit,
      client: new AuditWorkerClient(worker, {}, READER)
    });
    const started = run.start();
    await new Promise(resolve => setTimeout(resolve, 20));
    run.cancel();
    const outcome = await started;
    expect(outcome.status).toBe('cancelled');
    expect(worker.terminated).toBe(true);
  });
});
