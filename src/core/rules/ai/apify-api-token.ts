/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Apify API tokens (`apify_api_`). */
export const apifyApiToken: IRule = {
  id: 'apify-api-token',
  title: 'Apify API token',
  severity: 'error',
  description:
    'An Apify API token runs Actors on your account’s credit and reads the datasets, key-value stores and runs it can reach; an unscoped token reaches all of them.',
  remediation: rotate('Apify Console (Settings › API & Integrations)'),
  revokeUrl: 'https://console.apify.com/settings/integrations',
  envName: 'APIFY_TOKEN',
  keywords: ['apify_api_'],
  pattern: /(?<![A-Za-z0-9_-])(apify_api_[A-Za-z0-9]{30,40})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 4,
  validate: secret => mixedCase(secret.slice(10)),
  samples: {
    positive: [
      `client = ApifyClient("apify_api_${fakeToken(36, ALNUM, 'apify')}")`,
      `APIFY_TOKEN=apify_api_${fakeToken(36, ALNUM, 'apify2')}`
    ],
    negative: [
      'client = ApifyClient("apify_api_...")',
      'apify_api_' + 'x'.repeat(36),
      'from apify_api_client_helpers_module import run'
    ]
  }
};
