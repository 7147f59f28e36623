import { fakeGithubToken, scan } from '../../core';
import { githubToken } from '../../core/rules/github';
import { RuleIndex } from '../../core/rule-index';

describe('#scan', () => {
  const token = fakeGithubToken('ghp', 'scan');

  it('should give offsets, line and column of the secret', () => {
    const text = `# setup\nGH = "${token}"\n`;
    const [f] = scan(text, [githubToken]);
    expect(text.slice(f.start, f.end)).toBe(token);
    expect([f.line, f.column]).toEqual([2, 7]);
    expect(f.masked).not.toContain(token.slice(4, 12));
  });

  it('should accept a prebuilt RuleIndex', () => {
    expect(scan(`t=${token}`, new RuleIndex([githubToken]))).toHaveLength(1);
  });

  it('should honour inline markers unless told not to', () => {
    const text = `t = "${token}"  # credential-guard: allow`;
    expect(scan(text, [githubToken])).toEqual([]);
    expect(scan(text, [githubToken], { inline: false })).toHaveLength(1);
  });

  it('should find every occurrence in a source', () => {
    expect(scan(`a = "${token}"\nb = "${token}"`, [githubToken])).toHaveLength(
      2
    );
  });

  it('should return nothing for short or non-string input', () => {
    expect(scan('ghp_', [githubToken])).toEqual([]);
    expect(scan(undefined as unknown as string, [githubToken])).toEqual([]);
  });
});
