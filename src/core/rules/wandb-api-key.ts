/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

/**
 * Weights & Biases API keys: the new `wandb_v1_` keys anywhere, and the classic 40-hex
 * keys only after a wandb mention (`wandb.login(key=…)`, `WANDB_API_KEY=`, a netrc
 * entry for api.wandb.ai), since 40 hex digits alone are usually a git commit.
 */
export const wandbApiKey: IRule = {
  id: 'wandb-api-key',
  title: 'Weights & Biases API key',
  severity: 'error',
  description:
    'A W&B key gives access to every project of your account: runs, artifacts and possibly private datasets and models.',
  remediation: `Run \`wandb login\` in a terminal (the key then stays in ~/.netrc) or set WANDB_API_KEY from the hub secret store. ${rotate('W&B (User settings › API keys)')}`,
  revokeUrl: 'https://wandb.ai/authorize',
  envName: 'WANDB_API_KEY',
  keywords: ['wandb'],
  pattern:
    /(wandb_v1_[A-Za-z0-9_]{20,120})|wandb[\s\S]{0,100}?(?:key|password|login|[=:])[ \t"'=:(]{0,6}([0-9a-f]{40})(?![0-9a-f])/gi,
  secretGroup: 1,
  minEntropy: 3,
  priority: 1,
  samples: {
    positive: [
      `wandb.login(key="${fakeHex(40)}")`,
      `%env WANDB_API_KEY=${fakeHex(40)}`,
      `machine api.wandb.ai\n  login user\n  password ${fakeHex(40)}`,
      `WANDB_API_KEY=wandb_v1_${fakeToken(60)}`
    ],
    negative: [
      `commit = "${fakeHex(40)}"`,
      'wandb.login(key=os.environ["WANDB_API_KEY"])'
    ]
  }
};
