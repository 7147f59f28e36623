/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX, UPPER_ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** New Relic user, admin, insert and query keys (`NRAK-`, `NRAA-`, `NRII-`, `NRIQ-`) and license keys (`…NRAL`). */
export const newRelicKey: IRule = {
  id: 'new-relic-key',
  title: 'New Relic API or license key',
  severity: 'error',
  description:
    'A New Relic key reads (user, query keys) or writes (license, insert keys) the telemetry of its account, which holds logs and request details.',
  remediation: rotate('New Relic (API keys)'),
  revokeUrl: 'https://one.newrelic.com/api-keys',
  envName: 'NEW_RELIC_API_KEY',
  keywords: ['nrak-', 'nraa-', 'nrii-', 'nriq-', 'nral'],
  pattern:
    /(?<![A-Za-z0-9_-])(NR(?:AK|AA|II|IQ)-[A-Za-z0-9_-]{27,32}|[0-9a-f]{36}NRAL)(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `NEW_RELIC_API_KEY=NRAK-${fakeToken(27, UPPER_ALNUM, 'nrak')}`,
      `NEW_RELIC_LICENSE_KEY=${fakeToken(36, HEX, 'nral')}NRAL`
    ],
    negative: [
      `NRJS-${fakeToken(19, HEX, 'nrjs')}`, // a browser key, public in web pages
      'NRAK-' + 'X'.repeat(27)
    ]
  }
};
