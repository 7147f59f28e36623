/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../../base64';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { rotate } from '../shared';

/** Whether a base64 body decodes to JSON starting with `head`. */
const decodesTo = (body: string, head: string): boolean => {
  const json = decodeBase64(body.replace(/=+$/, ''));
  return json !== null && json.startsWith(head);
};

/** Sentry organisation (`sntrys_`) and user (`sntryu_`) auth tokens. */
export const sentryToken: IRule = {
  id: 'sentry-token',
  title: 'Sentry auth token',
  severity: 'error',
  description:
    'A Sentry auth token uploads releases and source maps and reads the issues of its organisation, whose events hold request data and stack locals.',
  remediation: rotate('Sentry (Settings › Auth Tokens)'),
  revokeUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
  envName: 'SENTRY_AUTH_TOKEN',
  keywords: ['sntrys_', 'sntryu_'],
  pattern:
    /(?<![A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/=]{40,800}_[A-Za-z0-9+/]{40,50}|sntryu_[0-9a-f]{64})(?![A-Za-z0-9_+/=])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  validate: secret =>
    secret.startsWith('sntryu_') ||
    decodesTo(secret.slice(7, secret.lastIndexOf('_')), '{"iat":'),
  samples: {
    positive: [
      `SENTRY_AUTH_TOKEN=sntryu_${fakeToken(64, HEX, 'sntryu')}`,
      `SENTRY_AUTH_TOKEN=sntrys_${encodeBase64Url(
        JSON.stringify({
          iat: 1700000000,
          url: 'https://sentry.io',
          region_url: 'https://us.sentry.io',
          org: 'lab'
        })
      ).replace(/[-_]/g, 'A')}_${fakeToken(43, ALNUM, 'sntrys')}`
    ],
    negative: [
      'sntryu_' + '0'.repeat(64),
      `dsn = "https://${fakeToken(32, HEX, 'dsn')}@o1.ingest.sentry.io/1"` // a DSN is public
    ]
  }
};
