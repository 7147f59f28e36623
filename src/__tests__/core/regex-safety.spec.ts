import { checkRegexSource } from '../../core/regex-safety';

describe('#checkRegexSource', () => {
  it.each([
    ['(a+)+', /nested quantifier/],
    ['(.*)*', /nested quantifier/],
    ['(a?)*b', /nested quantifier/],
    ['(?:x\\d+y)+', /nested quantifier/],
    ['((ab)+c)*', /nested quantifier/],
    ['(a|a)*', /alternation under a quantifier/],
    ['(?:key|token)+', /alternation under a quantifier/],
    ['(a)\\1', /backreferences/],
    ['(?<q>a)\\k<q>', /backreferences/],
    ['(?<=a+)b', /lookbehind/],
    ['(abc', /never closed/],
    ['abc)', /no matching/],
    ['[abc', /never closed/],
    ['abc\\', /lone backslash/]
  ])('should reject %s', (source, message) => {
    expect(checkRegexSource(source).error).toMatch(message);
  });

  it.each([
    ['corp-[a-z0-9]{32}', 'corp-[a-z0-9]{32}'],
    ['tok_\\w+', 'tok_\\w{1,256}'],
    ['a*b', 'a{0,256}b'],
    ['x{2,}', 'x{2,256}'],
    ['(?:\\d{1,3}\\.){3}\\d{1,3}', '(?:\\d{1,3}\\.){3}\\d{1,3}'],
    ['(?:ab)+', '(?:ab){1,256}'],
    ['[(+*]+q', '[(+*]{1,256}q'],
    ['\\p{L}{4}', '\\p{L}{4}'],
    ['a+?b', 'a{1,256}?b']
  ])('should accept %s and bound it', (source, out) => {
    expect(checkRegexSource(source)).toEqual({ source: out });
  });
});
