/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { SEPARATOR } from '../named-value';

/**
 * Server-side secrets of JupyterHub and Dask Gateway: the proxy token, the auth-state
 * encryption key, cookie secrets, service tokens in `c.JupyterHub.api_tokens` and
 * `DASK_GATEWAY__…TOKEN` settings.
 */
export const jupyterhubServerSecret: IRule = {
  id: 'jupyterhub-server-secret',
  title: 'JupyterHub or Dask Gateway server secret',
  severity: 'error',
  description:
    'A hub’s proxy token, cookie secret, crypt key or service token lets whoever reads it impersonate users or services on the hub, or decrypt stored auth state.',
  remediation:
    'Keep these in the deployment’s secret store (Kubernetes secrets, z2jh’s generated values), never in a notebook. If one was shared, generate a new one (openssl rand -hex 32) and restart the hub.',
  revokeUrl:
    'https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/security-basics.html',
  envName: 'CONFIGPROXY_AUTH_TOKEN',
  keywords: [
    'configproxy_auth_token',
    'jupyterhub_crypt_key',
    'cookie_secret',
    'api_tokens',
    'dask_gateway__',
    'proxy.auth_token',
    'httpproxy.auth_token'
  ],
  pattern: new RegExp(
    `(?:(?:CONFIGPROXY_AUTH_TOKEN|JUPYTERHUB_CRYPT_KEY|(?:JupyterHub|DaskGateway|GatewayProxy)\\.cookie_secret|(?:ConfigurableHTTPProxy|Proxy)\\.auth_token|DASK_GATEWAY__[A-Z_]{1,40}(?:TOKEN|SECRET))${SEPARATOR}|api_tokens\\s{0,3}=\\s{0,3}\\{\\s{0,3}["'])([A-Za-z0-9+/=_-]{16,128})(?![A-Za-z0-9+/=_-])`,
    'g'
  ),
  secretGroup: 1,
  minEntropy: 3,
  priority: 2,
  validate: secret => /\d/.test(secret) && /[A-Za-z]/.test(secret),
  samples: {
    positive: [
      `c.ConfigurableHTTPProxy.auth_token = "${fakeToken(64, HEX, 'jh1')}"`,
      `c.JupyterHub.api_tokens = {"${fakeToken(32, HEX, 'jh2')}": "grader"}`,
      `%env JUPYTERHUB_CRYPT_KEY=${fakeToken(64, HEX, 'jh3')}`,
      `DASK_GATEWAY__AUTH__JUPYTERHUB__API_TOKEN=${fakeToken(32, HEX, 'jh4')}`
    ],
    negative: [
      'c.ConfigurableHTTPProxy.auth_token = os.environ["CONFIGPROXY_AUTH_TOKEN"]',
      'c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/cookie_secret"'
    ]
  }
};
