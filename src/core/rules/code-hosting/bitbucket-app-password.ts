/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Bitbucket app passwords (`ATBB` and 32 characters). */
export const bitbucketAppPassword: IRule = {
  id: 'bitbucket-app-password',
  title: 'Bitbucket app password',
  severity: 'error',
  description:
    'A Bitbucket app password reads and (with its permissions) pushes to your repositories and pipelines.',
  remediation: rotate('Bitbucket (Personal settings › App passwords)'),
  revokeUrl: 'https://bitbucket.org/account/settings/app-passwords/',
  envName: 'BITBUCKET_APP_PASSWORD',
  keywords: ['atbb'],
  pattern: /(?<![A-Za-z0-9_-])(ATBB[A-Za-z0-9_=.-]{32})(?![A-Za-z0-9_=.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `!git clone https://someone:ATBB${fakeToken(32, ALNUM, 'atbb')}@bitbucket.org/lab/repo.git`
    ],
    negative: ['ATBB' + 'X'.repeat(32)]
  }
};
