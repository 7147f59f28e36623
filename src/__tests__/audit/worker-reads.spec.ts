import { AuditRun, IAuditSource } from '../../audit/audit-run';
import type { InventoryRecord } from '../../audit/inventory';
import type { IResultMessage, IWorkerReader } from '../../audit/protocol';
import { AuditWorkerClient } from '../../audit/worker-client';
import { AuditWorkerHandler, FetchLike } from '../../audit/worker-handler';
import { fakeGithubToken } from '../../core';
import { fakeCredentialFiles } from '../core/credential-files/fake-files';
import { answer, FakeWorker } from './fake-worker';

const READER: IWorkerReader = {
  url: 'http://127.0.0.1:8888/user/ada/credential-guard/file',
  headers: { Authorization: 'token abc' },
  credentials: 'same-origin'
};

/** A file read endpoint over `files`; a missing path answers `status`. */
function fakeEndpoint(files: Record<string, string | number>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchFile: FetchLike = async (url, init) => {
    requests.push({ url, init });
    const path = decodeURIComponent(url.split('?path=')[1]);
    const file = files[path];
    if (file === 'network down') {
      throw new TypeError('Failed to fetch');
    }
    const ok = typeof file === 'string';
    return {
      ok,
      status: ok ? 200 : (file as number),
      arrayBuffer: async () => answer(file as string),
      body: { cancel: async () => undefined }
    };
  };
  return { requests, fetchFile };
}

describe('AuditWorkerHandler reading files itself', () => {
  const token = fakeGithubToken('ghp', 'worker-reads');

  const readAndScan = async (
    handler: AuditWorkerHandler,
    path: string,
    kind: 'notebook' | 'text' = 'text'
  ) =>
    (await handler.handle({
      type: 'scan',
      id: 3,
      path,
      kind,
      permissions: {},
      body: null,
      read: true
    })) as IResultMessage;

  it('should read through the configured endpoint, with the app token and no cache', async () => {
    const endpoint = fakeEndpoint({ 'work/a b#.py': `t = "${token}"` });
    const handler = new AuditWorkerHandler(endpoint.fetchFile);
    handler.handle({ type: 'configure', config: {}, reader: READER });
    const reply = await readAndScan(handler, 'work/a b#.py');
    expect(endpoint.requests).toEqual([
      {
        url: `${READER.url}?path=work%2Fa%20b%23.py`,
        init: {
          headers: { Authorization: 'token abc' },
          credentials: 'same-origin',
          cache: 'no-store'
        }
      }
    ]);
    expect(reply).toMatchObject({ type: 'result', id: 3, skipped: null });
    expect(reply.result.findings.map(f => f.ruleId)).toEqual(['github-token']);
  });

  it.each([
    ['too large', 413, 'too-large'],
    ['binary', 415, 'binary'],
    ['not readable with the server permissions', 403, 'unreadable'],
    ['gone since the inventory', 404, 'gone'],
    ['a server error', 500, 'read-error'],
    ['no network', 'network down', 'read-error']
  ])(
    'should count a file that is %s and still judge it by its path',
    async (_reason, status, skipped) => {
      const endpoint = fakeEndpoint({ '.aws/credentials': status });
      const handler = new AuditWorkerHandler(endpoint.fetchFile);
      handler.handle({ type: 'configure', config: {}, reader: READER });
      const reply = await readAndScan(handler, '.aws/credentials');
      expect(reply.skipped).toBe(skipped);
      expect(reply.result.findings.map(f => f.ruleId)).toEqual([
        'credential-file/aws-credentials'
      ]);
    }
  );

  it('should not read without a configured reader', async () => {
    const endpoint = fakeEndpoint({ 'a.py': 'x' });
    const handler = new AuditWorkerHandler(endpoint.fetchFile);
    handler.handle({ type: 'configure', config: {} });
    const reply = await readAndScan(handler, 'a.py');
    expect(endpoint.requests).toEqual([]);
    expect(reply.skipped).toBe('read-error');
  });
});

describe('AuditRun with a worker that reads', () => {
  it('should send paths only, never read on the page, and count the refusals', async () => {
    const creds = fakeCredentialFiles();
    const token = fakeGithubToken('ghp', 'run-reads');
    const files: Record<string, string | number> = {
      '.netrc': creds['.netrc'],
      'work/a.py': `t = "${token}"`,
      'work/big.txt': 413,
      'work/clean.py': 'print(1)'
    };
    const endpoint = fakeEndpoint(files);
    const pageReads: string[] = [];
    const source: IAuditSource = {
      reader: READER,
      async *inventory(): AsyncGenerator<InventoryRecord> {
        for (const path of Object.keys(files)) {
          yield { type: 'file', path, size: 10, mtime: 0, kind: 'text' };
        }
        yield {
          type: 'summary',
          files: 4,
          bytes: 40,
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
    const worker = new FakeWorker(endpoint.fetchFile);
    const outcome = await new AuditRun({
      source,
      client: new AuditWorkerClient(worker, {}, READER)
    }).start();
    expect(pageReads).toEqual([]);
    expect(endpoint.requests).toHaveLength(4);
    expect(
      worker.sent
        .filter(m => m.type === 'scan')
        .every(m => m.type === 'scan' && m.read && m.body === null)
    ).toBe(true);
    expect(outcome.status).toBe('done');
    expect(outcome.files.map(f => f.path)).toEqual(['.netrc', 'work/a.py']);
    expect(outcome.skipped).toEqual({ 'too-large': 1 });
  });
});
