import { fakeHex } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('jupyter-token', () => {
  const token = fakeHex(48, 'jupyter');
  const hub = fakeHex(32, 'hub');

  it.each([
    ['a server URL with ?token=', `http://127.0.0.1:8888/lab?token=${token}`],
    ['a %env magic', `%env JUPYTERHUB_API_TOKEN=${hub}`],
    ['an !export line', `!export JUPYTERHUB_API_TOKEN=${hub}`],
    ['os.environ assignment', `os.environ["JUPYTERHUB_API_TOKEN"] = "${hub}"`],
    [
      'an Authorization: token header',
      `!curl -H "Authorization: token ${hub}" https://hub.example.org/hub/api/users`
    ],
    [
      'a requests header dict',
      `requests.get(api, headers={"Authorization": "token ${hub}"})`
    ],
    [
      'Dask Gateway auth',
      `gateway = Gateway("https://hub/services/dask-gateway", auth=JupyterHubAuth(api_token="${hub}"))`
    ],
    ['a server config', `c.ServerApp.token = "${token}"`],
    [
      'markdown with a server link',
      `Open [the server](https://hub.example.org/user/me/lab?token=${token}) to continue.`
    ]
  ])('should find it in %s', (_where, text) => {
    expect(idsIn(text)).toContain('jupyter-token');
  });

  it('should find the startup banner in stream output', () => {
    const output = {
      output_type: 'stream',
      name: 'stderr',
      text: `[I 2024-01-01 ServerApp] Jupyter Server is running at:\n    http://127.0.0.1:8888/lab?token=${token}\n`
    };
    expect(idsInOutput(output)).toContain('jupyter-token');
  });

  it.each([
    ['an elided token', 'http://127.0.0.1:8888/lab?token=...'],
    ['a safe read', 'token = os.environ["JUPYTERHUB_API_TOKEN"]'],
    [
      'an empty token option',
      "!jupyter lab --NotebookApp.token='' --port=9889"
    ],
    [
      'a masked cookie',
      'Cookie: urs_user_already_logged=yes; token=*****; other=1'
    ]
  ])('should not fire on %s', (_what, text) => {
    expect(idsIn(text)).not.toContain('jupyter-token');
  });
});
