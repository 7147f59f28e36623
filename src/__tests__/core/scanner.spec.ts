import {
  builtinRules,
  fakeGithubToken,
  fakeToken,
  outputText,
  Scanner
} from '../../core';

describe('Scanner', () => {
  const token = fakeGithubToken('ghp', 'scanner');

  it('should use every built-in rule by default', () => {
    const scanner = new Scanner();
    expect(scanner.rules).toEqual(builtinRules);
    expect(scanner.configErrors).toEqual([]);
  });

  it('should find a token in text and mask it', () => {
    const found = new Scanner().scanText(`t = "${token}"`);
    expect(found.map(f => f.ruleId)).toEqual(['github-token']);
    expect(found[0].masked).toMatch(/^ghp_.{0,4}…$/);
  });

  it('should turn rules off', () => {
    const scanner = new Scanner({ disabledRules: ['github-token'] });
    expect(scanner.rules.map(r => r.id)).not.toContain('github-token');
    expect(scanner.scanText(`t = "${token}"`).map(f => f.ruleId)).not.toContain(
      'github-token'
    );
  });

  it('should add valid custom rules and report the rejected ones', () => {
    const secret = `acme_${fakeToken(24, 'abcdefghijklmnopqrstuvwxyz0123456789', 'acme')}`;
    const scanner = new Scanner({
      customRules: [
        {
          id: 'acme-key',
          title: 'ACME key',
          pattern: 'acme_[a-z0-9]{24}',
          keywords: ['acme_'],
          severity: 'error'
        },
        { id: 'bad', title: 'Bad', pattern: '(a+)+' },
        { id: 'broken', title: 'Broken', pattern: '[' }
      ]
    });
    expect(scanner.configErrors).toHaveLength(2);
    expect(scanner.configErrors[0]).toMatch(
      /^customRules\[1\] \("bad"\): rejected pattern: nested quantifier/
    );
    expect(scanner.configErrors[1]).toMatch(/^customRules\[2\] \("broken"\): /);
    expect(
      scanner.scanText(`key = ${secret}`).map(f => [f.ruleId, f.severity])
    ).toEqual([['acme-key', 'error']]);
    expect(scanner.scanText(`t = "${token}"`).map(f => f.ruleId)).toEqual([
      'github-token'
    ]);
  });

  it('should drop allowlisted secrets and report bad allowlist entries', () => {
    const scanner = new Scanner({ allowlist: ['^ghp_', '(x+)+', ''] });
    expect(scanner.scanText(`t = "${token}"`)).toEqual([]);
    expect(scanner.configErrors).toEqual([
      'allowlist[1] ("(x+)+"): rejected pattern: nested quantifier: a repeated group "(…)+" contains another repeat; this can backtrack catastrophically',
      'allowlist[2]: expected a non-empty string'
    ]);
  });

  it('should report unknown disabled ids and malformed settings', () => {
    const scanner = new Scanner({
      disabledRules: ['no-such-rule'],
      allowlist: 'x' as unknown as string[]
    });
    expect(scanner.configErrors).toEqual([
      'disabledRules: no rule has the id "no-such-rule"',
      'allowlist: expected a list of strings'
    ]);
  });

  it('should honour cell metadata in sources and outputs', () => {
    const scanner = new Scanner();
    const meta = { credential_guard: { allow: ['github-token'] } };
    expect(scanner.scanCellSource(`t = "${token}"`, meta)).toEqual([]);
    expect(
      scanner.scanOutput({ output_type: 'stream', text: token }, meta)
    ).toEqual([]);
  });

  it('should report a value shown in two mime types of one output once', () => {
    const output = {
      output_type: 'execute_result',
      data: { 'text/plain': `'${token}'`, 'text/html': `<pre>${token}</pre>` }
    };
    expect(new Scanner().scanOutput(output)).toHaveLength(1);
  });

  it('should skip the style sheets of HTML outputs, not the text around them', () => {
    const sheet = `<style>${'.xr-wrap { display: none; }\n'.repeat(30)}</style>`;
    const html = `${sheet}<td>${token}</td>`;
    const output = { output_type: 'display_data', data: { 'text/html': html } };
    const [found, ...rest] = new Scanner().scanOutput(output);
    expect(rest).toEqual([]);
    expect(outputText(output).slice(found.start, found.end)).toBe(token);
    const hidden = {
      output_type: 'display_data',
      data: { 'text/html': sheet.replace('none', token) }
    };
    expect(new Scanner().scanOutput(hidden)).toEqual([]);
  });
});
