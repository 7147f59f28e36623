import { IFinding } from '../../core';
import { dedupe, firstByFingerprint } from '../../core/dedupe';

const finding = (
  ruleId: string,
  start: number,
  end: number,
  severity: IFinding['severity'] = 'warning'
): IFinding => ({
  ruleId,
  title: ruleId,
  severity,
  start,
  end,
  line: 1,
  column: start + 1,
  masked: '…',
  fingerprint: `${ruleId}-${start}`
});

describe('#dedupe', () => {
  it('should keep the higher-priority rule on overlapping spans', () => {
    const kept = dedupe(
      [finding('generic-api-key', 5, 40), finding('github-token', 5, 45)],
      new Map([['generic-api-key', -1]])
    );
    expect(kept.map(f => f.ruleId)).toEqual(['github-token']);
  });

  it('should prefer the higher severity at equal priority', () => {
    const kept = dedupe([
      finding('a', 0, 10, 'warning'),
      finding('b', 2, 8, 'error')
    ]);
    expect(kept.map(f => f.ruleId)).toEqual(['b']);
  });

  it('should keep disjoint findings, sorted by position', () => {
    const kept = dedupe([finding('a', 20, 30), finding('b', 0, 10)]);
    expect(kept.map(f => f.ruleId)).toEqual(['b', 'a']);
  });
});

describe('#firstByFingerprint', () => {
  it('should keep the first finding of each fingerprint', () => {
    const a = finding('a', 0, 10);
    const copy = { ...finding('a', 50, 60), fingerprint: a.fingerprint };
    expect(
      firstByFingerprint([a, copy, finding('b', 70, 80)]).map(f => f.start)
    ).toEqual([0, 70]);
  });
});
