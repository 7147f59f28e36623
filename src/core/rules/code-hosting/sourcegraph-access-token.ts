/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Sourcegraph access tokens (`sgp_`, optionally with an instance id, then 40 hex). */
export const sourcegraphAccessToken: IRule = {
  id: 'sourcegraph-access-token',
  title: 'Sourcegraph access token',
  severity: 'error',
  description:
    'A Sourcegraph access token searches all code its user can see on the instance, private repositories included.',
  remediation: rotate('Sourcegraph (Settings › Access tokens)'),
  revokeUrl: 'https://sourcegraph.com/user/settings/tokens',
  envName: 'SRC_ACCESS_TOKEN',
  keywords: ['sgp_'],
  pattern:
    /(?<![A-Za-z0-9_])(sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `SRC_ACCESS_TOKEN=sgp_${fakeToken(16, HEX, 'sg1')}_${fakeToken(40, HEX, 'sg2')}`
    ],
    negative: ['sgp_' + '0'.repeat(40), 'sgp_...']
  }
};
