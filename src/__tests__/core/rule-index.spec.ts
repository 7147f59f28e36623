import { IRule } from '../../core';
import { RuleIndex } from '../../core/rule-index';

const rule = (id: string, keywords: string[]): IRule => ({
  id,
  title: id,
  severity: 'warning',
  description: '',
  remediation: '',
  keywords,
  pattern: /x/g,
  samples: { positive: [], negative: [] }
});

describe('RuleIndex', () => {
  const index = new RuleIndex([
    rule('a', ['GHP_']),
    rule('b', ['token', 'secret']),
    rule('c', [])
  ]);

  it('should pick rules whose keywords occur, case-insensitively', () => {
    expect(index.candidates('my ghp_ value').map(r => r.id)).toEqual([
      'a',
      'c'
    ]);
    expect(index.candidates('A SECRET').map(r => r.id)).toEqual(['b', 'c']);
  });

  it('should always run rules without keywords', () => {
    expect(index.candidates('nothing here').map(r => r.id)).toEqual(['c']);
  });
});

describe('RuleIndex with keywords the pair loop cannot take', () => {
  // One-character and non-ASCII keywords (custom rules) are looked up with indexOf; the
  // others keep their ids although the finder only sees some of them.
  const index = new RuleIndex([
    rule('a', ['ghp_']),
    rule('b', ['#']),
    rule('c', ['Tökén']),
    rule('d', ['secret', '@']),
    rule('e', [])
  ]);

  it.each([
    ['a GHP_ value', ['a', 'e']],
    ['a # comment', ['b', 'e']],
    ['TÖKÉN', ['c', 'e']],
    ['a SECRET', ['d', 'e']],
    ['mail@host', ['d', 'e']],
    ['ghp_ # tökén secret', ['a', 'b', 'c', 'd', 'e']],
    ['nothing here', ['e']]
  ])('should pick the rules for %j', (text, expected) => {
    expect(index.candidates(text).map(r => r.id)).toEqual(expected);
  });
});
