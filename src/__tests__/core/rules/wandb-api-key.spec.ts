import { fakeHex, fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('wandb-api-key', () => {
  const key = fakeHex(40, 'wandb');

  it.each([
    ['wandb.login(key=…)', `wandb.login(key="${key}")`, 1],
    ['a %env magic', `%env WANDB_API_KEY=${key}`, 1],
    ['an !export line', `!export WANDB_API_KEY=${key}`, 1],
    ['os.environ assignment', `os.environ["WANDB_API_KEY"] = "${key}"`, 1],
    ['the wandb login command', `!wandb login ${key}`, 1],
    [
      'a netrc entry',
      `%%writefile ~/.netrc\nmachine api.wandb.ai\n  login user\n  password ${key}\n`,
      1
    ],
    [
      'a new-style key',
      `WANDB_API_KEY=wandb_v1_${fakeToken(60, undefined, 'wv1')}`,
      1
    ],
    ['a git commit hash', `commit = "${key}"`, 0],
    [
      'a git hash in a wandb run URL',
      `wandb: Syncing run https://wandb.ai/me/proj/runs/${fakeHex(8)}`,
      0
    ],
    ['a safe login', 'wandb.login(key=os.environ["WANDB_API_KEY"])', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'wandb-api-key')).toHaveLength(
      expected
    );
  });

  it('should find a key echoed in a traceback with ANSI codes', () => {
    const output = {
      output_type: 'error',
      ename: 'UsageError',
      evalue: 'api_key not configured',
      traceback: [
        `\u001b[0;31mUsageError\u001b[0m: wandb key=\u001b[1m${key}\u001b[0m is invalid`
      ]
    };
    expect(idsInOutput(output)).toContain('wandb-api-key');
  });
});
