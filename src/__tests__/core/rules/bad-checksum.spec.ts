import { fakeGithubToken, fakeToken, Scanner } from '../../../core';
import { checkCases, describeContexts } from './contexts';

/** A valid token with one character changed: the checksum no longer matches. */
const typo = (token: string): string =>
  token.slice(0, 12) + (token[12] === 'z' ? 'y' : 'z') + token.slice(13);

describe('bad-checksum', () => {
  describeContexts(
    'github-token-bad-checksum',
    typo(fakeGithubToken('ghp', 'bad-spec')),
    'GITHUB_TOKEN'
  );

  checkCases([
    [
      'a GitHub token with a valid checksum',
      `GITHUB_TOKEN = "${fakeGithubToken('ghp', 'ok')}"`,
      'github-token-bad-checksum',
      0
    ],
    [
      'a hand-typed GitHub-shaped value',
      `GITHUB_TOKEN = "ghp_${fakeToken(36, undefined, 'typed')}"`,
      'github-token-bad-checksum',
      1
    ],
    [
      'every GitHub prefix',
      ['gho', 'ghu', 'ghs', 'ghr']
        .map(p => typo(fakeGithubToken(p, `bad-${p}`)))
        .join('\n'),
      'github-token-bad-checksum',
      4
    ],
    [
      'a placeholder run of x',
      `GITHUB_TOKEN = "ghp_${'x'.repeat(36)}"`,
      'github-token-bad-checksum',
      0
    ],
    [
      'an npm token with a typo',
      `NPM_TOKEN=${typo(fakeGithubToken('npm', 'npm-typo'))}`,
      'npm-token-bad-checksum',
      1
    ]
  ]);

  it('should report a wrong checksum as the vendor, never as a generic key', () => {
    const scanner = new Scanner();
    const text = `token = "${typo(fakeGithubToken('ghp', 'generic'))}"`;
    const found = scanner.scanText(text);
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([
      ['github-token-bad-checksum', 'warning']
    ]);
    expect(found[0].title).toMatch(/GitHub token.*placeholder or a typo/);
  });
});
