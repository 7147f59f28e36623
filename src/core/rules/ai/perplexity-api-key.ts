/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { rotate } from '../shared';

const BILLING =
  'bills its account for every request: anyone who reads the notebook can run up costs and read what the account stores.';

/** Perplexity API keys (`pplx-` and 48 letters and digits). */
export const perplexityApiKey: IRule = {
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  severity: 'error',
  description: `A Perplexity API key ${BILLING}`,
  remediation: rotate('Perplexity (Settings › API)'),
  revokeUrl: 'https://www.perplexity.ai/settings/api',
  envName: 'PERPLEXITY_API_KEY',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [`PERPLEXITY_API_KEY=pplx-${fakeToken(48, ALNUM, 'pplx')}`],
    negative: ['pplx-' + 'x'.repeat(48), 'model="pplx-70b-online"']
  }
};
