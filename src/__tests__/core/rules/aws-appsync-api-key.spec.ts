import { fakeToken } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

describe('aws-appsync-api-key', () => {
  describeContexts(
    'aws-appsync-api-key',
    `da2-${fakeToken(26, LOWER, 'appsync')}`,
    'APPSYNC_API_KEY'
  );

  checkCases([
    [
      'upper-case letters (not the format)',
      `da2-${fakeToken(26, undefined, 'upper')}`,
      'aws-appsync-api-key',
      0
    ],
    ['a run of x', `da2-${'x'.repeat(26)}`, 'aws-appsync-api-key', 0]
  ]);
});
