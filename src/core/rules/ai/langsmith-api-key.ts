/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** LangSmith API keys (`lsv2_pt_` personal, `lsv2_sk_` service). */
export const langsmithApiKey: IRule = {
  id: 'langsmith-api-key',
  title: 'LangSmith API key',
  severity: 'error',
  description:
    'A LangSmith API key reads and writes the traces of your LangChain runs, which hold prompts, outputs and often data and other keys.',
  remediation: rotate('LangSmith (Settings › API Keys)'),
  revokeUrl: 'https://smith.langchain.com/settings',
  envName: 'LANGSMITH_API_KEY',
  keywords: ['lsv2_'],
  pattern:
    /(?<![A-Za-z0-9_])(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `os.environ["LANGCHAIN_API_KEY"] = "lsv2_pt_${fakeToken(32, HEX, 'ls1')}_${fakeToken(10, HEX, 'ls2')}"`
    ],
    negative: [`lsv2_pt_${'0'.repeat(32)}_${'0'.repeat(10)}`, 'lsv2_pt_...']
  }
};
