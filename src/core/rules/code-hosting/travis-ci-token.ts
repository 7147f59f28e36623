/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/**
 * Travis CI API tokens (22 letters and digits) under a Travis name (`TRAVIS_TOKEN`,
 * R's `R_TRAVIS_COM`), or in an `Authorization: token …` header next to the Travis API.
 */
export const travisCiToken: IRule = {
  id: 'travis-ci-token',
  title: 'Travis CI API token',
  severity: 'error',
  description:
    'A Travis CI API token acts as you on Travis CI: trigger and cancel builds, and read and change the environment variables (often other secrets) of your repositories.',
  remediation: rotate(
    'Travis CI (Account › Settings › API authentication › Regenerate token)'
  ),
  revokeUrl: 'https://app.travis-ci.com/account/preferences',
  envName: 'TRAVIS_API_TOKEN',
  keywords: ['travis'],
  priority: 2,
  ...namedValue({
    vendor: 'travis',
    value: '[A-Za-z0-9]{22}',
    name: /token|key|secret|auth|travis_(?:com|org)/i,
    context: /api\.travis-ci\.(?:com|org)|travis-api-version/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `TRAVIS_API_TOKEN = "${fakeToken(22, ALNUM, 'travis')}"`,
      `R_TRAVIS_COM=${fakeToken(22, ALNUM, 'travis-2')}`,
      `headers = {"Travis-API-Version": "3", "Authorization": "token ${fakeToken(22, ALNUM, 'travis-3')}"}`
    ],
    negative: [
      `TRAVIS_BUILD_ID = "${fakeToken(9, '0123456789', 'travis-build')}"`,
      'TRAVIS_BRANCH = "feature-DataLoader2"',
      `travis_commit = "${fakeToken(40, '0123456789abcdef', 'travis-sha')}"`
    ]
  }
};
