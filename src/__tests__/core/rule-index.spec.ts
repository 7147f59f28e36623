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
