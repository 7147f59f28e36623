import { ServerConnection } from '@jupyterlab/services';

import type { IConfigSections } from '../../banner/acknowledgement-store';
import { configSectionsOf } from '../../banner/config-sections';

/**
 * A request as the services package builds it: a URL, a method and headers.
 */
class FakeRequest {
  constructor(
    readonly url: string,
    init: { method?: string; body?: string }
  ) {
    this.method = init.method ?? 'GET';
    this.body = init.body;
  }
  readonly method: string;
  readonly body?: string;
  readonly headers = new Map<string, string>([]) as unknown as Headers;
}

/**
 * Server settings whose fetch answers from an in-memory config section store.
 */
function fakeServer() {
  const requests: string[] = [];
  const sections: Record<string, Record<string, unknown>> = {};
  const fetch = async (request: FakeRequest) => {
    // The services package appends a cache buster to the query.
    const url = request.url.split('?')[0];
    requests.push(`${request.method} ${url}`);
    const name = decodeURIComponent(url.split('/api/config/')[1]);
    const data = (sections[name] = sections[name] ?? {});
    if (request.method === 'PATCH') {
      Object.assign(data, JSON.parse(request.body ?? '{}'));
    }
    return { status: 200, json: async () => ({ ...data }) };
  };
  const settings = ServerConnection.makeSettings({
    baseUrl: 'http://127.0.0.1:8888/user/ada/',
    fetch: fetch as unknown as ServerConnection.ISettings['fetch'],
    Request: FakeRequest as unknown as ServerConnection.ISettings['Request'],
    Headers: Map as unknown as ServerConnection.ISettings['Headers']
  });
  return { requests, sections, settings };
}

describe('#configSectionsOf', () => {
  it("should use the app's config section manager when there is one", () => {
    const manager: IConfigSections = { create: jest.fn() };
    const server = fakeServer();
    expect(configSectionsOf(manager, server.settings)).toBe(manager);
  });

  it('should read and write the server section itself where the app has no manager (JupyterLab before 4.4)', async () => {
    const server = fakeServer();
    const sections = configSectionsOf(null, server.settings);

    const section = await sections.create({
      name: 'jupyterlab_credential_guard'
    });
    await section.update({ notice: { key: 'version:v1' } });

    expect(server.sections).toEqual({
      jupyterlab_credential_guard: { notice: { key: 'version:v1' } }
    });
    expect(server.requests).toEqual([
      'GET http://127.0.0.1:8888/user/ada/api/config/jupyterlab_credential_guard',
      'PATCH http://127.0.0.1:8888/user/ada/api/config/jupyterlab_credential_guard'
    ]);
    const again = await sections.create({
      name: 'jupyterlab_credential_guard'
    });
    expect(again.data).toEqual({ notice: { key: 'version:v1' } });
  });
});
