import type { IFinding, Severity } from './types';

/**
 * How severe each severity is, higher for worse: what decides between overlapping
 * findings, and which colour a place holding several findings takes.
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  error: 3,
  warning: 2,
  info: 1
};

/**
 * The highest severity among `findings`, or `null` without any.
 */
export function highestSeverity(
  findings: readonly Pick<IFinding, 'severity'>[]
): Severity | null {
  let best: Severity | null = null;
  for (const { severity } of findings) {
    if (best === null || SEVERITY_RANK[severity] > SEVERITY_RANK[best]) {
      best = severity;
    }
  }
  return best;
}
