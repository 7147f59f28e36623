/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64 } from '../base64';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { passwordPlaceholder } from './shared';

/**
 * Registry credentials in a container config (`~/.docker/config.json`, Podman's
 * `auth.json`): `"auths": {"registry": {"auth": "<base64 of user:password>"}}`.
 *
 * Notes: the value is decoded; it must be `user:password` with a real password.
 */
export const dockerConfigAuth: IRule = {
  id: 'docker-config-auth',
  title: 'Container registry login',
  severity: 'error',
  description:
    'The auth entry of a container config is the registry user name and password, only base64-encoded: anyone who reads it can push and pull as you.',
  remediation:
    'Log in with a credential helper or docker login --password-stdin fed from the hub secret store, and keep config.json out of notebooks and shared folders. If it was shared, change the password or revoke the token at the registry.',
  envName: 'REGISTRY_PASSWORD',
  keywords: ['auths'],
  pattern: /"auth"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9+/]{8,2000}={0,2})"/g,
  secretGroup: 1,
  validate: secret => {
    const decoded = decodeBase64(secret);
    const login = decoded ? /^([^:\s]{1,200}):(\S{3,})$/.exec(decoded) : null;
    return !!login && !passwordPlaceholder(login[2]);
  },
  samples: {
    positive: [
      `{"auths": {"registry.example.org": {"auth": "${base64(`me:${fakeToken(16)}`)}"}}}`
    ],
    negative: [
      `{"auths": {"registry.example.org": {"auth": "${base64('me:password')}"}}}`,
      '{"auths": {"registry.example.org": {}}, "credsStore": "desktop"}'
    ]
  }
};

/**
 * Standard base64 of an ASCII string, for the samples (the core has no `btoa`/`Buffer`).
 */
function base64(text: string): string {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const n =
      (text.charCodeAt(i) << 16) |
      ((text.charCodeAt(i + 1) || 0) << 8) |
      (text.charCodeAt(i + 2) || 0);
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63];
    out += i + 1 < text.length ? alphabet[(n >> 6) & 63] : '=';
    out += i + 2 < text.length ? alphabet[n & 63] : '=';
  }
  return out;
}
