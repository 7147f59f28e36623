import { fakeGithubToken, scan } from '../../core';
import { applyAllowlist } from '../../core/allowlist';
import { githubToken } from '../../core/rules/github';

describe('#applyAllowlist', () => {
  const text = `a = "${fakeGithubToken('ghp', 'al1')}"\nb = "${fakeGithubToken('gho', 'al2')}"`;
  const findings = scan(text, [githubToken]);

  it('should drop findings whose secret matches a pattern', () => {
    const kept = applyAllowlist(findings, text, [/^gho_/]);
    expect(kept.map(f => f.masked.slice(0, 4))).toEqual(['ghp_']);
  });

  it('should keep everything without patterns', () => {
    expect(applyAllowlist(findings, text, [])).toEqual(findings);
  });
});
