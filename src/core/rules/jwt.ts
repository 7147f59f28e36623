/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64 } from '../base64';
import { fakeJwt } from '../fake-credentials';
import { IRule } from '../types';

/** Whether a base64url segment decodes to a JSON object. */
function jsonSegment(segment: string): boolean {
  const text = decodeBase64(segment);
  if (text === null) {
    return false;
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * JSON Web Tokens: three base64url parts whose header decodes to JSON. Earthdata Login,
 * JupyterHub, Auth0 and many APIs issue them as bearer tokens.
 */
export const jwt: IRule = {
  id: 'jwt',
  title: 'JSON Web Token',
  severity: 'warning',
  description:
    'A JWT is usually a bearer token: whoever holds it is logged in as its subject until it expires (Earthdata Login tokens last 60 days), and its payload may reveal your user name and e-mail.',
  remediation:
    'Fetch the token at run time (for example with earthaccess.login()) or read it from an environment variable, and clear outputs that print it. If a live token was shared, revoke it with its issuer and create a new one.',
  envName: 'ACCESS_TOKEN',
  keywords: ['eyj'],
  pattern:
    /(?<![A-Za-z0-9_.-])(eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{0,2000})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret => jsonSegment(secret.slice(0, secret.indexOf('.'))),
  samples: {
    positive: [
      `token = "${fakeJwt()}"`,
      `{'access_token': '${fakeJwt({ uid: 'someone' })}', 'token_type': 'Bearer'}`
    ],
    negative: [
      'eyJhbGciOi.eyJzdWIiOi.abc',
      'eyJ' + 'x'.repeat(30) + '.eyJ' + 'x'.repeat(30) + '.sig'
    ]
  }
};
