/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { IRule } from '../types';
import { randomLooking } from './shared';

/**
 * Jupyter server, JupyterHub and Dask Gateway tokens: `?token=` in a server URL,
 * `Authorization: token …`, `JUPYTERHUB_API_TOKEN=`, `JupyterHubAuth(api_token=…)`,
 * `c.ServerApp.token = …`.
 */
export const jupyterToken: IRule = {
  id: 'jupyter-token',
  title: 'Jupyter or JupyterHub token',
  severity: 'error',
  description:
    'A Jupyter or JupyterHub token opens your server: anyone with it can run code as you on the hub and read every file in your home directory.',
  remediation:
    "Never paste server URLs with ?token= or hub tokens into notebooks; inside the hub, JUPYTERHUB_API_TOKEN is already in the environment. If a token was shared, revoke it on the hub's Token page (or restart the server).",
  revokeUrl: 'https://jupyterhub.readthedocs.io/en/stable/howto/rest.html',
  envName: 'JUPYTERHUB_API_TOKEN',
  keywords: [
    'token=',
    'jupyterhub_api_token',
    'jpy_api_token',
    'jupyter_token',
    '.token',
    'api_token',
    'authorization'
  ],
  pattern:
    /(?:[?&]token=|(?:JUPYTERHUB_API_TOKEN|JPY_API_TOKEN|JUPYTER_TOKEN)\\?["']?\]?(?:\s{0,3}[:=]\s{0,3}|[ \t]{1,3})["']?|(?:ServerApp|NotebookApp|IdentityProvider)\.token\s{0,3}=\s{0,3}["']|JupyterHubAuth\(\s{0,3}(?:api_token\s{0,3}=\s{0,3})?["']|authorization["']?\s{0,3}:\s{0,3}["']?token\s{1,3})([A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/gi,
  secretGroup: 1,
  minEntropy: 3,
  priority: 1,
  validate: secret => randomLooking(secret, 3),
  samples: {
    positive: [
      `http://127.0.0.1:8888/lab?token=${fakeHex(48)}`,
      `%env JUPYTERHUB_API_TOKEN=${fakeHex(32)}`,
      `gateway = Gateway(address, auth=JupyterHubAuth(api_token="${fakeHex(32)}"))`,
      `!curl -H "Authorization: token ${fakeHex(32)}" https://hub.example.org/hub/api/users`
    ],
    negative: [
      'http://127.0.0.1:8888/lab?token=...',
      'token = os.environ["JUPYTERHUB_API_TOKEN"]'
    ]
  }
};
