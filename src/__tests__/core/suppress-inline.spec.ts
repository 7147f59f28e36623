import { fakeGithubToken, IFinding, scan } from '../../core';
import { githubToken } from '../../core/rules/github';
import { suppressInline } from '../../core/suppress-inline';

describe('#suppressInline', () => {
  const token = fakeGithubToken('ghp', 'inline');
  const found = (text: string): IFinding[] =>
    scan(text, [githubToken], { inline: false });

  it.each([
    ['our marker on the line', `t = "${token}"  # credential-guard: allow`, 0],
    [
      'our next-line marker',
      `# credential-guard: allow-next-line\nt = "${token}"`,
      0
    ],
    [
      'a next-line marker two lines up',
      `# credential-guard: allow-next-line\n\nt = "${token}"`,
      1
    ],
    ['detect-secrets pragma', `t = "${token}"  # pragma: allowlist secret`, 0],
    [
      'detect-secrets next-line pragma',
      `# pragma: allowlist nextline secret\nt = "${token}"`,
      0
    ],
    ['gitleaks marker', `t = "${token}"  # gitleaks:allow`, 0],
    [
      'an HTML comment in markdown',
      `Token: ${token} <!-- credential-guard: allow -->`,
      0
    ],
    [
      'a marker on another line',
      `t = "${token}"\n# credential-guard: allow`,
      1
    ],
    [
      'the next-line marker on the same line',
      `t = "${token}"  # credential-guard: allow-next-line`,
      1
    ],
    ['no marker', `t = "${token}"`, 1]
  ])('should handle %s', (_reason, text, expected) => {
    expect(suppressInline(found(text), text)).toHaveLength(expected);
  });
});
