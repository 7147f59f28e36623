/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { SEPARATOR } from '../named-value';
import { rotate } from '../shared';

/** Planet API keys (`PLAK` and 32 hex digits, or 32 hex under a Planet name). */
export const planetApiKey: IRule = {
  id: 'planet-api-key',
  title: 'Planet API key',
  severity: 'error',
  description:
    'A Planet API key orders and downloads imagery on your organisation’s quota and reads its orders and subscriptions.',
  remediation: rotate('Planet (Account settings › My Settings › API key)'),
  revokeUrl: 'https://www.planet.com/account/#/user-settings',
  envName: 'PL_API_KEY',
  keywords: ['plak', 'pl_api_key', 'planet_api_key'],
  pattern: new RegExp(
    `(?<![A-Za-z0-9])(PLAK[0-9a-f]{32})(?![A-Za-z0-9])|(?:pl|planet)[_-]api[_-]key${SEPARATOR}([0-9a-f]{32})(?![A-Za-z0-9])`,
    'gi'
  ),
  secretGroup: 1,
  minEntropy: 3,
  priority: 2,
  samples: {
    positive: [
      `auth = planet.Auth.from_key("PLAK${fakeToken(32, HEX, 'plak')}")`,
      `%env PL_API_KEY=${fakeToken(32, HEX, 'plak2')}`
    ],
    negative: ['PLAK' + '0'.repeat(32), 'pl_api_key = os.environ["PL_API_KEY"]']
  }
};
