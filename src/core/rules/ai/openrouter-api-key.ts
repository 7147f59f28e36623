/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

const BILLING =
  'bills its account for every request: anyone who reads the notebook can run up costs and read what the account stores.';

/** OpenRouter API keys (`sk-or-v1-` and 64 hex digits). */
export const openrouterApiKey: IRule = {
  id: 'openrouter-api-key',
  title: 'OpenRouter API key',
  severity: 'error',
  description: `An OpenRouter API key ${BILLING}`,
  remediation: rotate('OpenRouter (Settings › Keys)'),
  revokeUrl: 'https://openrouter.ai/settings/keys',
  envName: 'OPENROUTER_API_KEY',
  keywords: ['sk-or-'],
  pattern: /(?<![A-Za-z0-9_-])(sk-or-v1-[0-9a-f]{64})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  priority: 1,
  samples: {
    positive: [`OPENROUTER_API_KEY="sk-or-v1-${fakeToken(64, HEX, 'or')}"`],
    negative: ['sk-or-v1-' + '0'.repeat(64)]
  }
};
