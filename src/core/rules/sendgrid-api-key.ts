/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/** SendGrid API keys (`SG.<22>.<43>`). */
export const sendgridApiKey: IRule = {
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  severity: 'error',
  description:
    'A SendGrid key sends e-mail as your domain: ideal for phishing, and it may read your contact lists.',
  remediation: rotate('SendGrid (Settings › API Keys)'),
  revokeUrl: 'https://app.sendgrid.com/settings/api_keys',
  envName: 'SENDGRID_API_KEY',
  keywords: ['sg.'],
  pattern:
    /(?<![A-Za-z0-9_-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `sg = SendGridAPIClient("SG.${fakeToken(22, URL_SAFE)}.${fakeToken(43, URL_SAFE)}")`
    ],
    negative: [
      'SG.' + 'x'.repeat(22) + '.' + 'x'.repeat(43),
      'fig.savefig("SG.png")'
    ]
  }
};
