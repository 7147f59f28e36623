import { IRule } from '../../core';
import { LineIndex } from '../../core/line-index';
import { matchRule } from '../../core/match-rule';

const base: IRule = {
  id: 't',
  title: 't',
  severity: 'warning',
  description: '',
  remediation: '',
  keywords: [],
  pattern: /(?:k1=(\w+))|(?:k2=(\w+))/g,
  secretGroup: 1,
  samples: { positive: [], negative: [] }
};

describe('#matchRule', () => {
  const run = (rule: IRule, text: string) =>
    matchRule(rule, text, new LineIndex(text));

  it('should not run the pattern when the prefilter is absent from the text', () => {
    const gated = { ...base, prefilter: /k[12]=\w{8}/ };
    expect(run(gated, 'k1=Zq8rT2mW9x')).toHaveLength(1);
    expect(run(gated, 'k1=Zq8rT2')).toEqual([]);
    expect(run(base, 'k1=Zq8rT2')).toHaveLength(1);
  });

  it('should not run the pattern when the text lacks mustContain, case and all', () => {
    const gated = { ...base, mustContain: 'k1=Z' };
    expect(run(gated, 'k1=Zq8rT2mW9x')).toHaveLength(1);
    expect(run(gated, 'k1=zq8rT2mW9x k2=Zq8rT2mW9x')).toEqual([]);
  });

  it('should run the narrow pattern where its context occurs nowhere in the text', () => {
    const narrowed = {
      ...base,
      narrow: [{ context: /example\.org/i, pattern: /(?:k1=(\w+))/g }]
    };
    const text = 'k1=Zq8rT2mW9x k2=Pw4nV7cX2b';
    expect(run(narrowed, text).map(f => f.start)).toEqual([3]);
    expect(run(narrowed, `${text} EXAMPLE.org`).map(f => f.start)).toEqual([
      3, 17
    ]);
  });

  it('should take the first narrow pattern whose context is absent', () => {
    const narrowed = {
      ...base,
      narrow: [
        { context: [/alpha/, /BETA/i], pattern: /(?:k0=(\w+))/g },
        { context: /beta/, pattern: /(?:k1=(\w+))/g }
      ]
    };
    const text = 'k0=Zq8rT2mW9x k1=Pw4nV7cX2b k2=Ld3sF8gH1j';
    const found = (more: string) =>
      run(narrowed, `${text} ${more}`).map(f => f.start);
    expect(found('')).toEqual([3]);
    expect(found('alpha')).toEqual([17]);
    expect(found('beta')).toEqual([17, 31]);
  });

  it('should use a later group when the secret group did not take part', () => {
    expect(run(base, 'k2=Zq8rT2mW9x').map(f => f.start)).toEqual([3]);
  });

  it('should let validate drop a candidate or change its severity', () => {
    expect(run({ ...base, validate: () => false }, 'k1=Zq8rT2mW9x')).toEqual(
      []
    );
    expect(
      run({ ...base, validate: () => 'info' }, 'k1=Zq8rT2mW9x')[0].severity
    ).toBe('info');
  });

  it('should drop low-entropy candidates and placeholders', () => {
    expect(run({ ...base, minEntropy: 3 }, 'k1=abababab')).toEqual([]);
    expect(run(base, 'k1=YOUR_API_KEY')).toEqual([]);
  });

  it('should not loop on empty matches', () => {
    expect(run({ ...base, pattern: /(?:)/g, secretGroup: 0 }, 'abc')).toEqual(
      []
    );
  });
});
