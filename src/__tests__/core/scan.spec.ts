import { fakeGithubToken, scan } from '../../core';
import { scanParts } from '../../core/scan';
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

describe('#scanParts', () => {
  const token = fakeGithubToken('ghp', 'parts');
  const sheet = `<style>\n${'.a { color: red; }\n'.repeat(30)}</style>`;

  it('should give offsets, lines and columns in the joined text', () => {
    const parts = [`plain\n${token}`, `<p>\nx ${token}</p>`];
    const joined = parts.join('\n');
    const found = scanParts(parts, [[], []], [githubToken]);
    expect(found.map(f => joined.slice(f.start, f.end))).toEqual([
      token,
      token
    ]);
    expect(found.map(f => [f.line, f.column])).toEqual([
      [2, 1],
      [4, 3]
    ]);
    expect(found).toEqual(
      scan(joined, [githubToken]).map(f => expect.objectContaining(f))
    );
  });

  it('should leave out the skipped blocks and keep the offsets of what follows', () => {
    const html = `${sheet.replace('red', token)}\n<td>${token}</td>`;
    const skip = [0, sheet.length];
    const [f, ...rest] = scanParts([html], [skip], [githubToken]);
    expect(rest).toEqual([]);
    expect(f.start).toBe(html.lastIndexOf(token));
    expect(f.line).toBe(html.slice(0, f.start).split('\n').length);
  });

  it('should find nothing in no parts', () => {
    expect(scanParts([], [], [githubToken])).toEqual([]);
  });
});
