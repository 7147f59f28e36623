/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Typeform personal access tokens (`tfp_`, about 44 letters and digits, `_`, about 14 more). */
export const typeformToken: IRule = {
  id: 'typeform-token',
  title: 'Typeform personal access token',
  severity: 'error',
  description:
    'A Typeform personal access token reads the responses (often names and email addresses) and edits the forms of its account.',
  remediation: rotate('Typeform (Account › Your settings › Personal tokens)'),
  revokeUrl: 'https://admin.typeform.com/user/tokens',
  envName: 'TYPEFORM_TOKEN',
  keywords: ['tfp_'],
  pattern:
    /(?<![A-Za-z0-9_])(tfp_[A-Za-z0-9]{40,48}_[A-Za-z0-9]{12,16})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `TYPEFORM_TOKEN=tfp_${fakeToken(44, ALNUM, 'tfp')}_${fakeToken(14, ALNUM, 'tfp2')}`
    ],
    negative: [
      `tfp_${'x'.repeat(44)}_${'x'.repeat(14)}`,
      'tfp_file_name_in_a_path'
    ]
  }
};
