import { LineIndex } from './line-index';
import { IFinding } from './types';

/** Markers that allow the line they are on (`allow` must not be `allow-next-line`). */
const SAME_LINE =
  /credential-guard:\s?allow(?![\w-])|pragma: ?allowlist secret|gitleaks:allow/;

/** Markers that allow the line after them. */
const NEXT_LINE =
  /credential-guard:\s?allow-next-line|pragma: ?allowlist nextline secret/;

/**
 * Drop findings whose line carries an inline allow marker, or whose previous line
 * carries a next-line marker.
 *
 * Notes: recognises our own `credential-guard: allow` / `allow-next-line`, detect-secrets'
 * `pragma: allowlist secret` and gitleaks' `gitleaks:allow`, so existing annotations keep
 * working. The marker is looked for anywhere on the line: markdown and shell have
 * different comment syntaxes (`<!-- … -->`, `#`), and a marker is never a secret. Only
 * the 1000 characters around a finding count, which bounds the work on huge lines.
 *
 * @param findings - findings in `text`
 * @param text - the text they were found in
 */
export function suppressInline(
  findings: IFinding[],
  text: string,
  lines: LineIndex = new LineIndex(text)
): IFinding[] {
  if (findings.length === 0 || text.indexOf('allow') === -1) {
    return findings;
  }
  return findings.filter(finding => {
    const end = lines.position(Math.max(finding.start, finding.end - 1));
    // The marker sits on the finding's first or last line (a PEM block spans several).
    if (
      SAME_LINE.test(lines.lineText(finding.line, finding.start)) ||
      SAME_LINE.test(lines.lineText(end.line, finding.end))
    ) {
      return false;
    }
    return !NEXT_LINE.test(lines.lineText(finding.line - 1, finding.start));
  });
}
