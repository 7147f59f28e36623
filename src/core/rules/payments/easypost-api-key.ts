/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** EasyPost production (`EZAK`) and test (`EZTK`) API keys (54 letters and digits after the prefix). */
export const easypostApiKey: IRule = {
  id: 'easypost-api-key',
  title: 'EasyPost API key',
  severity: 'error',
  description:
    'An EasyPost production key buys shipping labels billed to your account and reads the addresses of your shipments; a test key reads the test data.',
  remediation: rotate('EasyPost (Account settings › API keys)'),
  revokeUrl: 'https://www.easypost.com/account/api-keys',
  envName: 'EASYPOST_API_KEY',
  keywords: ['ezak', 'eztk'],
  pattern: /(?<![A-Za-z0-9_])(EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `easypost.EasyPostClient("EZAK${fakeToken(54, ALNUM, 'ezak')}")`,
      `EASYPOST_API_KEY=EZTK${fakeToken(54, ALNUM, 'eztk')}`
    ],
    negative: ['EZAK' + 'x'.repeat(54), 'EZAKOPTIONS']
  }
};
