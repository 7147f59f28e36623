/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Hugging Face user access tokens (`hf_`) and the older organisation API tokens
 * (`api_org_`).
 */
export const huggingfaceToken: IRule = {
  id: 'huggingface-token',
  title: 'Hugging Face token',
  severity: 'error',
  description:
    'A Hugging Face token acts as you on the Hub: with write scope anyone can push models and datasets or read your private and gated ones.',
  remediation: `Use \`huggingface-cli login\` in a terminal (the token then stays in ~/.cache) or HF_TOKEN. ${rotate('Hugging Face (Settings › Access Tokens)')}`,
  revokeUrl: 'https://huggingface.co/settings/tokens',
  envName: 'HF_TOKEN',
  keywords: ['hf_', 'api_org_'],
  pattern:
    /(?<![A-Za-z0-9_])((?:hf|api_org)_[A-Za-z0-9]{34,40})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret => {
    const body = secret.slice(secret.lastIndexOf('_') + 1);
    return /[A-Z]/.test(body) && /[a-z]/.test(body);
  },
  samples: {
    positive: [
      `login(token="hf_${fakeToken(34, LETTERS)}")`,
      `HUGGINGFACEHUB_API_TOKEN=api_org_${fakeToken(34, LETTERS, 'api-org')}`
    ],
    negative: [
      'api_org_' + 'X'.repeat(34),
      'from huggingface_hub import hf_hub_download',
      'hf_' + 'x'.repeat(34)
    ]
  }
};
