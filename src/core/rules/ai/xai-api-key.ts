/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

const BILLING =
  'bills its account for every request: anyone who reads the notebook can run up costs and read what the account stores.';

/** xAI (Grok) API keys (`xai-` and about 80 letters and digits). */
export const xaiApiKey: IRule = {
  id: 'xai-api-key',
  title: 'xAI API key',
  severity: 'error',
  description: `An xAI API key ${BILLING}`,
  remediation: rotate('the xAI console (API Keys)'),
  revokeUrl: 'https://console.x.ai/',
  envName: 'XAI_API_KEY',
  keywords: ['xai-'],
  pattern: /(?<![A-Za-z0-9_-])(xai-[A-Za-z0-9]{70,90})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [`client = Client(api_key="xai-${fakeToken(80, ALNUM, 'xai')}")`],
    negative: ['xai-' + 'x'.repeat(80), 'model = "xai-grok-beta"']
  }
};
