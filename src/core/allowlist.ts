import { IFinding } from './types';

/**
 * Drop findings whose secret matches one of the admin's allowlist patterns.
 *
 * @param findings - findings in `text`
 * @param text - the text they were found in (the secret is `text.slice(start, end)`)
 * @param allowlist - compiled, checked patterns (see `compileAllowlist`)
 */
export function applyAllowlist(
  findings: IFinding[],
  text: string,
  allowlist: readonly RegExp[]
): IFinding[] {
  if (findings.length === 0 || allowlist.length === 0) {
    return findings;
  }
  return findings.filter(finding => {
    const secret = text.slice(finding.start, finding.end);
    return !allowlist.some(re => {
      re.lastIndex = 0;
      return re.test(secret);
    });
  });
}
