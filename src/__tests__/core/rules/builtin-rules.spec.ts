import { builtinRules, IRule, scan, splitCellSample } from '../../../core';

/**
 * Every finding of `rule` in `text`, scanned with only that rule; a `'cell-output'`
 * rule's sample is split into the cell source and the output that is scanned.
 */
const findingsOf = (rule: IRule, text: string) => {
  if (rule.scope === 'cell-output') {
    const { source, output } = splitCellSample(text);
    return scan(output, [rule], { cellSource: source }).filter(
      f => f.ruleId === rule.id
    );
  }
  return scan(text, [rule]).filter(f => f.ruleId === rule.id);
};

describe('builtinRules', () => {
  it('should be sorted by id, with unique kebab-case ids', () => {
    const ids = builtinRules.map(r => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach(id => expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
  });

  describe.each(builtinRules.map(rule => [rule.id, rule] as const))(
    '%s',
    (_id, rule) => {
      it('should describe itself', () => {
        expect(rule.title).not.toBe('');
        expect(rule.description.length).toBeGreaterThan(30);
        expect(rule.remediation.length).toBeGreaterThan(30);
        expect(rule.keywords.length).toBeGreaterThan(0);
        expect(rule.pattern.global).toBe(true);
        expect(rule.envName).toMatch(/^[A-Z][A-Z0-9_]*$/);
      });

      it('should carry positive and negative samples', () => {
        expect(rule.samples.positive.length).toBeGreaterThanOrEqual(1);
        expect(rule.samples.negative.length).toBeGreaterThanOrEqual(1);
      });

      it.each(rule.samples.positive.map((s, i) => [i, s]))(
        'should find positive sample %i',
        (_i, sample) => {
          expect(findingsOf(rule, sample).length).toBeGreaterThanOrEqual(1);
        }
      );

      it.each(rule.samples.negative.map((s, i) => [i, s]))(
        'should not fire on negative sample %i',
        (_i, sample) => {
          expect(findingsOf(rule, sample)).toEqual([]);
        }
      );

      it('should have keywords that occur in every positive sample', () => {
        for (const sample of rule.samples.positive) {
          const lower = sample.toLowerCase();
          expect(rule.keywords.some(k => lower.includes(k.toLowerCase()))).toBe(
            true
          );
        }
      });
    }
  );
});
