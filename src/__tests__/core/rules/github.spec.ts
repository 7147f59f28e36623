import { fakeGithubToken, fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('github', () => {
  describe('github-token', () => {
    const secret = fakeGithubToken('ghp', 'github-spec');
    it.each(sourceContexts(secret, 'GITHUB_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('github-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('github-token');
      }
    );
  });
  describe('github-fine-grained-token', () => {
    const secret = `github_pat_${fakeToken(22, undefined, 'gh1')}_${fakeToken(59, undefined, 'gh2')}`;
    it.each(sourceContexts(secret, 'GITHUB_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('github-fine-grained-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('github-fine-grained-token');
      }
    );
  });

  it.each([
    [
      'a clone URL with the token as user',
      `!git clone https://${fakeGithubToken('gho', 'c')}@github.com/o/r.git`,
      'github-token',
      1
    ],
    [
      'a token with one character changed (bad checksum)',
      (t => t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A'))(
        fakeGithubToken('ghp', 'x')
      ),
      'github-token',
      0
    ],
    ['a placeholder run of x', 'ghp_' + 'x'.repeat(36), 'github-token', 0],
    [
      'an allow marker on the line',
      `t = "${fakeGithubToken('ghp', 'a')}"  # credential-guard: allow`,
      'github-token',
      0
    ],
    [
      'a token longer than the format',
      `${fakeGithubToken('ghp', 'l')}abc`,
      'github-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
