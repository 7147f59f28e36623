/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** Harness API tokens (`pat.` or `sat.`, then the account id, the token id and its 20-character secret, dot-separated). */
export const harnessToken: IRule = {
  id: 'harness-token',
  title: 'Harness token',
  severity: 'error',
  description:
    'A Harness personal access or service account token runs pipelines and reads the secrets and connectors of the account it belongs to.',
  remediation: rotate(
    'Harness (My Profile › My API keys, or the service account’s API keys)'
  ),
  revokeUrl:
    'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
  envName: 'HARNESS_PLATFORM_API_KEY',
  keywords: ['pat.', 'sat.'],
  pattern:
    /(?<![A-Za-z0-9_.-])((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `HARNESS_PLATFORM_API_KEY=pat.${fakeToken(22, BASE64URL, 'hacc')}.${fakeHex(24, 'hid')}.${fakeToken(20, ALNUM, 'hsec')}`
    ],
    negative: [
      `pat.${'x'.repeat(22)}.${'0'.repeat(24)}.${'x'.repeat(20)}`,
      'see pat.settings.json'
    ]
  }
};
