/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../../base64';
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { rotate } from '../shared';

/** Intercom access tokens: base64 of `tok:` and the token's ids. */
export const intercomAccessToken: IRule = {
  id: 'intercom-access-token',
  title: 'Intercom access token',
  severity: 'error',
  description:
    'An Intercom access token reads and changes the conversations, contacts and companies of your workspace.',
  remediation: rotate('the Intercom Developer Hub (your app › Authentication)'),
  revokeUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
  envName: 'INTERCOM_ACCESS_TOKEN',
  keywords: ['dg9roj'],
  pattern:
    /(?<![A-Za-z0-9+/_-])(dG9rOj[A-Za-z0-9+/_-]{40,100}={0,2})(?![A-Za-z0-9+/=_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret =>
    (decodeBase64(secret.replace(/=+$/, '')) ?? '').startsWith('tok:'),
  samples: {
    positive: [
      `INTERCOM_ACCESS_TOKEN=${encodeBase64Url(`tok:${fakeUuid('ic')}:1:0`)}`
    ],
    negative: [`dG9rOj${'x'.repeat(50)}`]
  }
};
