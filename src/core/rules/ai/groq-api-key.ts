/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

const BILLING =
  'bills its account for every request: anyone who reads the notebook can run up costs and read what the account stores.';

/** Groq API keys (`gsk_` and 52 letters and digits). */
export const groqApiKey: IRule = {
  id: 'groq-api-key',
  title: 'Groq API key',
  severity: 'error',
  description: `A Groq API key ${BILLING}`,
  remediation: rotate('the GroqCloud console (API Keys)'),
  revokeUrl: 'https://console.groq.com/keys',
  envName: 'GROQ_API_KEY',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [`client = Groq(api_key="gsk_${fakeToken(52, ALNUM, 'groq')}")`],
    negative: ['gsk_' + 'x'.repeat(52), 'gsk_...']
  }
};
