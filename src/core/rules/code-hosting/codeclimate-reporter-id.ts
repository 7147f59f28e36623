/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Code Climate test reporter ids (64 hex) under `CC_TEST_REPORTER_ID`. */
export const codeclimateReporterId: IRule = {
  id: 'codeclimate-reporter-id',
  title: 'Code Climate test reporter id',
  severity: 'warning',
  description:
    'A Code Climate test reporter id uploads coverage reports for its repository: whoever holds it can send false coverage.',
  remediation: rotate(
    'Code Climate (the repository’s Repo Settings › Test coverage › Regenerate)'
  ),
  revokeUrl:
    'https://docs.codeclimate.com/docs/finding-your-test-coverage-token',
  envName: 'CC_TEST_REPORTER_ID',
  keywords: ['cc_test_reporter_id'],
  pattern:
    /CC_TEST_REPORTER_ID\\?["']?(?:[ \t]{0,3}[:=][ \t]{0,3}|[ \t]{1,3})["']?([0-9a-f]{64})(?![0-9a-f])/gi,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `env:\n  CC_TEST_REPORTER_ID: ${fakeToken(64, HEX, 'cc')}`,
      `%env CC_TEST_REPORTER_ID=${fakeToken(64, HEX, 'cc-2')}`
    ],
    negative: [
      'CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}',
      'CC_TEST_REPORTER_ID=' + '0'.repeat(64)
    ]
  }
};
