import { compileChecked, compileCustomRule } from '../../core/custom-rules';

describe('#compileCustomRule', () => {
  const taken = new Set(['github-token']);

  it('should compile a valid rule with defaults', () => {
    const result = compileCustomRule(
      {
        id: 'acme-key',
        title: 'ACME key',
        pattern: 'acme_([a-z0-9]{24})',
        secretGroup: 1,
        keywords: ['acme_']
      },
      0,
      taken
    );
    expect('rule' in result && result.rule).toMatchObject({
      id: 'acme-key',
      severity: 'warning',
      secretGroup: 1,
      keywords: ['acme_']
    });
    expect('rule' in result && result.rule.pattern.flags).toBe('g');
  });

  it.each([
    ['not an object', 'acme', /expected an object/],
    ['no id', { title: 't', pattern: 'x' }, /"id" must be/],
    [
      'a taken id',
      { id: 'github-token', title: 't', pattern: 'x' },
      /already used/
    ],
    ['no pattern', { id: 'a', title: 't' }, /"pattern" must be/],
    ['bad flags', { id: 'a', title: 't', pattern: 'x', flags: 'y' }, /"flags"/],
    [
      'a bad severity',
      { id: 'a', title: 't', pattern: 'x', severity: 'fatal' },
      /"severity"/
    ],
    [
      'an invalid regex',
      { id: 'a', title: 't', pattern: 'a{2,1}' },
      /invalid regular expression/
    ],
    [
      'a catastrophic regex',
      { id: 'a', title: 't', pattern: '(a+)+$' },
      /nested quantifier/
    ],
    [
      'an empty-matching regex',
      { id: 'a', title: 't', pattern: 'x*' },
      /empty string/
    ],
    [
      'a lookahead only',
      { id: 'a', title: 't', pattern: '(?=a)' },
      /empty string/
    ],
    [
      'a missing group',
      { id: 'a', title: 't', pattern: 'x(y)', secretGroup: 2 },
      /"secretGroup" must be an integer from 0 to 1/
    ]
  ])('should reject %s with a clear message', (_what, input, message) => {
    const result = compileCustomRule(input, 3, taken);
    expect('error' in result && result.error).toMatch(message);
    expect('error' in result && result.error).toMatch(/^customRules\[3\]/);
  });
});

describe('#compileChecked', () => {
  it('should add the global flag and keep the others', () => {
    const re = compileChecked('abc', 'i');
    expect(re instanceof RegExp && re.flags).toBe('gi');
  });
});
