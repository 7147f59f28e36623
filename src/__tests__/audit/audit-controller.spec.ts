import { IConfigSection, ServerConnection } from '@jupyterlab/services';
import type { JSONObject } from '@lumino/coreutils';

import { AuditController, IAuditState } from '../../audit/audit-controller';
import type { IAuditSource } from '../../audit/audit-run';
import type { InventoryRecord } from '../../audit/inventory';
import { LastRunStore } from '../../audit/last-run';
import {
  isNoServerExtension,
  ServerAuditSource
} from '../../audit/server-source';
import { CONFIG_SECTION_NAME } from '../../banner/acknowledgement-store';
import { fakeGithubToken } from '../../core';
import { answer, FakeWorker } from './fake-worker';

/** An in-memory stand-in for the server's config sections. */
class FakeConfigSections {
  sections: Record<string, JSONObject> = {};
  failing = false;
  updates = 0;

  async create({ name }: { name: string }): Promise<IConfigSection> {
    if (this.failing) {
      throw new Error('503 Service Unavailable');
    }
    const data = (this.sections[name] = this.sections[name] ?? {});
    return {
      data,
      update: async (change: JSONObject) => {
        this.updates++;
        return Object.assign(data, change);
      },
      serverSettings: {} as IConfigSection['serverSettings']
    };
  }
}

/** A home of text files served from memory. */
function memoryHome(files: Record<string, string>): IAuditSource {
  return {
    async *inventory(): AsyncGenerator<InventoryRecord> {
      for (const [path, text] of Object.entries(files)) {
        yield {
          type: 'file',
          path,
          size: text.length,
          mtime: 0,
          kind: 'text'
        };
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
    async read(path: string) {
      return { body: answer(files[path]) };
    }
  };
}

/** A request as the services package builds it. */
class FakeRequest {
  constructor(
    readonly url: string,
    init: { method?: string }
  ) {
    this.method = init.method ?? 'GET';
  }
  readonly method: string;
  readonly headers = new Map<string, string>() as unknown as Headers;
}

/** Server settings of a Jupyter server without the credential-guard extension. */
function serverWithoutExtension(): {
  settings: ServerConnection.ISettings;
  requests: string[];
} {
  const requests: string[] = [];
  const fetch = async (request: FakeRequest) => {
    requests.push(`${request.method} ${request.url.split('?')[0]}`);
    // Tornado's default 404 page: HTML, not the inventory's NDJSON.
    return new Response('<html><title>404: Not Found</title></html>', {
      status: 404,
      headers: { 'Content-Type': 'text/html' }
    });
  };
  const settings = ServerConnection.makeSettings({
    baseUrl: 'http://127.0.0.1:8888/user/ada/',
    fetch: fetch as unknown as ServerConnection.ISettings['fetch'],
    Request: FakeRequest as unknown as ServerConnection.ISettings['Request'],
    Headers: Map as unknown as ServerConnection.ISettings['Headers']
  });
  return { settings, requests };
}

function controllerOf(
  source: IAuditSource,
  sections = new FakeConfigSections()
): AuditController {
  return new AuditController({
    source,
    store: new LastRunStore(sections),
    startWorker: () => new FakeWorker(),
    config: () => ({}),
    isUnavailable: isNoServerExtension
  });
}

/** Let pending promise callbacks (a store's load or save) run. */
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('AuditController', () => {
  const token = fakeGithubToken('ghp', 'controller');

  describe('without the server extension', () => {
    it('should end the check as unavailable, with a message that names the server extension', async () => {
      const server = serverWithoutExtension();
      const sections = new FakeConfigSections();
      const controller = controllerOf(
        new ServerAuditSource(server.settings),
        sections
      );
      const outcome = await controller.check();
      expect(server.requests).toEqual([
        'GET http://127.0.0.1:8888/user/ada/credential-guard/inventory'
      ]);
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toMatch(
        /server extension of credential-guard is not installed or not enabled/
      );
      expect(controller.state).toMatchObject({
        running: false,
        unavailable: true
      });
      // A failed check is no complete check: nothing is remembered.
      await settle();
      expect(sections.updates).toBe(0);
      expect(controller.state.lastRun).toBeNull();
    });

    it('should not call any other failure unavailable', () => {
      expect(isNoServerExtension('500 Internal Server Error')).toBe(false);
      expect(isNoServerExtension(null)).toBe(false);
    });

    it('should clear unavailable when a later check reaches the server', async () => {
      let missing = true;
      const home = memoryHome({ 'a.py': 'print(1)' });
      const controller = controllerOf({
        inventory: signal => {
          if (missing) {
            return (async function* () {
              throw new Error(
                'the server extension of credential-guard is not installed or not enabled'
              );
            })();
          }
          return home.inventory(signal);
        },
        read: (path, signal) => home.read(path, signal)
      });
      await controller.check();
      expect(controller.state.unavailable).toBe(true);
      missing = false;
      await controller.check();
      expect(controller.state.unavailable).toBe(false);
      expect(controller.state.outcome?.status).toBe('done');
    });
  });

  describe('the last run', () => {
    it('should read the last complete check from the config section at start', async () => {
      const sections = new FakeConfigSections();
      sections.sections[CONFIG_SECTION_NAME] = {
        audit: { finishedAt: '2026-11-30T08:15:00.000Z', files: 2 }
      };
      const controller = controllerOf(memoryHome({}), sections);
      const states: IAuditState[] = [];
      controller.changed.connect((_, state) => states.push(state));
      await settle();
      expect(controller.state.lastRun).toEqual({
        finishedAt: '2026-11-30T08:15:00.000Z',
        files: 2
      });
      expect(states).toHaveLength(1);
      await expect(controller.lastRun()).resolves.toEqual(
        controller.state.lastRun
      );
    });

    it('should save the time and the count of files with findings, never the findings', async () => {
      const sections = new FakeConfigSections();
      const controller = controllerOf(
        memoryHome({ 'a.py': `t = "${token}"`, 'b.py': 'print(1)' }),
        sections
      );
      const before = Date.now();
      const outcome = await controller.check();
      await settle();
      expect(outcome.status).toBe('done');
      const stored = sections.sections[CONFIG_SECTION_NAME] as any;
      expect(Object.keys(stored)).toEqual(['audit']);
      expect(Object.keys(stored.audit).sort()).toEqual(['files', 'finishedAt']);
      expect(stored.audit.files).toBe(1);
      expect(Date.parse(stored.audit.finishedAt)).toBeGreaterThanOrEqual(
        before
      );
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(JSON.stringify(stored)).not.toContain('a.py');
      expect(controller.state.lastRun).toEqual(stored.audit);

      // A new session (a new controller) reads it back.
      const next = controllerOf(memoryHome({}), sections);
      await settle();
      expect(next.state.lastRun).toEqual(stored.audit);
    });

    it('should not save a cancelled check', async () => {
      const sections = new FakeConfigSections();
      const controller = controllerOf(
        {
          async *inventory(): AsyncGenerator<InventoryRecord> {
            yield {
              type: 'file',
              path: 'a.py',
              size: 1,
              mtime: 0,
              kind: 'text'
            };
            await new Promise(() => undefined); // the listing never ends
          },
          read: () => new Promise(() => undefined)
        },
        sections
      );
      const running = controller.check();
      await settle();
      expect(controller.state.running).toBe(true);
      controller.cancel();
      expect((await running).status).toBe('cancelled');
      await settle();
      expect(sections.updates).toBe(0);
      expect(controller.state.lastRun).toBeNull();
      expect(controller.state.running).toBe(false);
    });

    it('should still finish when the config section cannot be read or written', async () => {
      const sections = new FakeConfigSections();
      sections.failing = true;
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => {
        /* expected */
      });
      const controller = controllerOf(memoryHome({ 'a.py': 'x' }), sections);
      await expect(controller.lastRun()).resolves.toBeNull();
      const outcome = await controller.check();
      await settle();
      expect(outcome.status).toBe('done');
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    });
  });

  it('should join the running check rather than start a second one', async () => {
    const workers: FakeWorker[] = [];
    const controller = new AuditController({
      source: memoryHome({ 'a.py': 'x' }),
      store: new LastRunStore(new FakeConfigSections()),
      startWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      config: () => ({}),
      isUnavailable: isNoServerExtension
    });
    const first = controller.check();
    const second = controller.check(true);
    expect(second).toBe(first);
    await first;
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);
  });

  it('should store nothing in the browser', async () => {
    const indexedDB = { open: jest.fn(), deleteDatabase: jest.fn() };
    (globalThis as any).indexedDB = indexedDB;
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    localStorage.clear();
    sessionStorage.clear();
    try {
      const sections = new FakeConfigSections();
      const controller = controllerOf(
        memoryHome({ '.env': `GITHUB_TOKEN=${token}\n`, 'a.py': 'x' }),
        sections
      );
      const outcome = await controller.check();
      await settle();
      expect(outcome.files).toHaveLength(1);
      expect(setItem).not.toHaveBeenCalled();
      expect(localStorage.length).toBe(0);
      expect(sessionStorage.length).toBe(0);
      expect(indexedDB.open).not.toHaveBeenCalled();
      expect(document.cookie).toBe('');
    } finally {
      setItem.mockRestore();
      delete (globalThis as any).indexedDB;
    }
  });
});
