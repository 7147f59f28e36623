/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, near, rotate } from '../shared';

/** Square access tokens (`EAAA…` next to Square code, legacy `sq0atp-`) and application secrets (`sq0csp-`). */
export const squareToken: IRule = {
  id: 'square-token',
  title: 'Square access token or application secret',
  severity: 'error',
  description:
    'A Square access token takes payments, issues refunds and reads the customers and orders of its seller account.',
  remediation: rotate('the Square Developer Dashboard (Credentials)'),
  revokeUrl: 'https://developer.squareup.com/apps',
  envName: 'SQUARE_ACCESS_TOKEN',
  keywords: ['sq0atp-', 'sq0csp-', 'square'],
  pattern:
    /(?<![A-Za-z0-9_-])(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  // `EAAA` also starts Facebook tokens: count it only next to Square code.
  validate: (secret: string, context: IMatchContext): boolean =>
    mixedCase(secret) &&
    (!secret.startsWith('EAAA') || near(context, /square/i, 300)),
  samples: {
    positive: [
      `client = Client(access_token="EAAA${fakeToken(60, BASE64URL, 'sq')}", environment="production")  # square`,
      `SQUARE_APP_SECRET=sq0csp-${fakeToken(43, BASE64URL, 'sq2')}`
    ],
    negative: [
      `token = "EAAA${fakeToken(60, BASE64URL, 'sq3')}"`,
      `sq0idp-${fakeToken(22, BASE64URL, 'sq4')}`
    ]
  }
};
