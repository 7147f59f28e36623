/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/**
 * Vonage (formerly Nexmo) API secrets: 8 to 25 letters and digits with a lower-case
 * letter, a capital and a digit, under a Vonage or Nexmo secret name, or a secret name
 * next to a Vonage client (`vonage.Client(key=…, secret=…)`). The 8-character API key beside it is an id.
 */
export const vonageApiSecret: IRule = {
  id: 'vonage-api-secret',
  title: 'Vonage (Nexmo) API secret',
  severity: 'error',
  description:
    'A Vonage API secret, with its API key, sends SMS and calls billed to your account and reads your messages, numbers and account settings.',
  remediation: rotate('the Vonage dashboard (API settings › API secrets)'),
  revokeUrl: 'https://dashboard.nexmo.com/settings',
  envName: 'VONAGE_API_SECRET',
  keywords: ['vonage', 'nexmo'],
  priority: 2,
  ...namedValue({
    vendor: 'vonage|nexmo',
    value: '[A-Za-z0-9]{8,25}',
    name: /secret/i,
    minEntropy: 2.5,
    check: mixedCase,
    context: /vonage|nexmo/i
  }),
  samples: {
    positive: [
      `VONAGE_API_SECRET = "${fakeToken(16, ALNUM, 'vonage')}"`,
      `client = vonage.Client(key="${fakeToken(8, HEX, 'vonage-key')}", secret="${fakeToken(16, ALNUM, 'vonage-2')}")`,
      `NEXMO_API_SECRET=${fakeToken(16, ALNUM, 'nexmo')}`
    ],
    negative: [
      `VONAGE_API_KEY = "${fakeToken(8, HEX, 'vonage-key-2')}"`,
      'VONAGE_API_SECRET = "VonageApiSecret"',
      `vonage_application_id = "${fakeToken(16, ALNUM, 'vonage-app')}"`
    ]
  }
};
