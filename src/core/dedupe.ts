import { SEVERITY_RANK } from './severity';
import { IFinding, IRule } from './types';

/**
 * Keep one finding per overlapping span, sorted by position.
 *
 * Several rules may see the same secret (`Authorization: token …` is both a Jupyter token
 * and an authorization header; a `password=` inside a netrc line…). The most specific rule
 * wins: higher `priority`, then higher severity, then the longer span.
 *
 * @param findings - findings in one text, in any order
 * @param priorities - rule id → priority (missing = 0)
 */
export function dedupe(
  findings: IFinding[],
  priorities: ReadonlyMap<string, number> = new Map()
): IFinding[] {
  if (findings.length < 2) {
    return findings;
  }
  const ranked = findings.slice().sort((a, b) => {
    const pa = priorities.get(a.ruleId) ?? 0;
    const pb = priorities.get(b.ruleId) ?? 0;
    return (
      pb - pa ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start
    );
  });
  const kept: IFinding[] = [];
  for (const f of ranked) {
    if (!kept.some(k => f.start < k.end && k.start < f.end)) {
      kept.push(f);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Rule id → priority, for `dedupe`. */
export function priorityMap(rules: readonly IRule[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const rule of rules) {
    if (rule.priority) {
      map.set(rule.id, rule.priority);
    }
  }
  return map;
}

/**
 * Keep the first finding of each fingerprint.
 *
 * Notes: used for outputs, where one value is often shown twice (`text/plain` and
 * `text/html` of the same result); in a source every occurrence is kept so the editor
 * can mark each one.
 */
export function firstByFingerprint(findings: IFinding[]): IFinding[] {
  if (findings.length < 2) {
    return findings;
  }
  const seen = new Set<string>();
  return findings.filter(f => {
    const key = `${f.ruleId}:${f.fingerprint}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
