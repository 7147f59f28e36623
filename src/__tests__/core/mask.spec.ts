import { fakeGithubToken, fakeToken } from '../../core';
import { mask } from '../../core/mask';

describe('#mask', () => {
  it.each([
    ['a GitHub token', fakeGithubToken('ghp', 'mask'), /^ghp_[A-Za-z0-9]{4}…$/],
    [
      'a fine-grained token',
      `github_pat_${fakeToken(22)}_${fakeToken(59)}`,
      /^github_pat_[A-Za-z0-9]{4}…$/
    ],
    [
      'an OpenAI project key',
      `sk-proj-${fakeToken(60)}`,
      /^sk-proj-[A-Za-z0-9_-]{4}…$/
    ],
    [
      'an AWS id',
      `AKIA${fakeToken(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      /^AKIA[A-Z2-7]{4}…$/
    ],
    ['a short password', 'hunter22', /^hu…$/],
    ['a tiny value', 'abc', /^…$/]
  ])(
    'should keep at most a prefix and 4 characters of %s',
    (_what, secret, shape) => {
      const masked = mask(secret);
      expect(masked).toMatch(shape);
      expect(masked.length).toBeLessThan(secret.length);
    }
  );
});
