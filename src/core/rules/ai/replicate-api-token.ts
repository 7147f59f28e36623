/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

const BILLING =
  'bills its account for every request: anyone who reads the notebook can run up costs and read what the account stores.';

/** Replicate API tokens (`r8_` and 37 letters and digits). */
export const replicateApiToken: IRule = {
  id: 'replicate-api-token',
  title: 'Replicate API token',
  severity: 'error',
  description: `A Replicate API token ${BILLING}`,
  remediation: rotate('Replicate (Account › API tokens)'),
  revokeUrl: 'https://replicate.com/account/api-tokens',
  envName: 'REPLICATE_API_TOKEN',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [`%env REPLICATE_API_TOKEN=r8_${fakeToken(37, ALNUM, 'r8')}`],
    negative: ['r8_' + 'x'.repeat(37), 'gpio_r8_enable = True']
  }
};
