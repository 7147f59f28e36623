/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Hugging Face user access tokens (`hf_`). */
export const huggingfaceToken: IRule = {
  id: 'huggingface-token',
  title: 'Hugging Face token',
  severity: 'error',
  description:
    'A Hugging Face token acts as you on the Hub: with write scope anyone can push models and datasets or read your private and gated ones.',
  remediation: `Use \`huggingface-cli login\` in a terminal (the token then stays in ~/.cache) or HF_TOKEN. ${rotate('Hugging Face (Settings › Access Tokens)')}`,
  revokeUrl: 'https://huggingface.co/settings/tokens',
  envName: 'HF_TOKEN',
  keywords: ['hf_'],
  pattern: /(?<![A-Za-z0-9_])(hf_[A-Za-z0-9]{34,40})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(3)),
  samples: {
    positive: [`login(token="hf_${fakeToken(34, LETTERS)}")`],
    negative: [
      'from huggingface_hub import hf_hub_download',
      'hf_' + 'x'.repeat(34)
    ]
  }
};
