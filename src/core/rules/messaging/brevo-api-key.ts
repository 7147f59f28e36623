/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** Brevo (Sendinblue) API and SMTP keys (`xkeysib-` or `xsmtpsib-`, 64 hex digits, `-`, 16 letters and digits). */
export const brevoApiKey: IRule = {
  id: 'brevo-api-key',
  title: 'Brevo API key',
  severity: 'error',
  description:
    'A Brevo (formerly Sendinblue) API or SMTP key sends email and SMS in your name and exports your contact lists.',
  remediation: rotate('Brevo (SMTP & API › API keys)'),
  revokeUrl: 'https://app.brevo.com/settings/keys/api',
  envName: 'BREVO_API_KEY',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern:
    /(?<![A-Za-z0-9_-])(x(?:keysib|smtpsib)-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [
      `BREVO_API_KEY=xkeysib-${fakeHex(64, 'brevo')}-${fakeToken(16, ALNUM, 'brevo2')}`
    ],
    negative: [
      `xkeysib-${'0'.repeat(64)}-${'x'.repeat(16)}`,
      'xkeysib-YOUR_API_KEY'
    ]
  }
};
