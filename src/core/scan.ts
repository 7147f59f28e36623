import { applyAllowlist } from './allowlist';
import { dedupe, priorityMap } from './dedupe';
import { LineIndex } from './line-index';
import { matchRule } from './match-rule';
import { RuleIndex } from './rule-index';
import { suppressInline } from './suppress-inline';
import { IFinding, IRule } from './types';

/** Options of `scan`. */
export interface IScanOptions {
  /** Checked patterns; a secret matching one of them is dropped. */
  allowlist?: readonly RegExp[];
  /** Honour inline allow markers (default true). */
  inline?: boolean;
  /** Rule id → priority for dedupe; computed from the rules when absent. */
  priorities?: ReadonlyMap<string, number>;
  /**
   * The source of the cell whose output `text` is. When given, only the `'cell-output'`
   * rules run (those whose keywords occur in it); when absent, only the others.
   */
  cellSource?: string;
}

/**
 * Find credentials in one text: keyword prefilter, rule regexes and checks, then the
 * post-processing steps (inline suppression, allowlist, dedupe).
 *
 * @param text - any text: a cell source, an output's text, a file
 * @param rules - the rules, or a prebuilt `RuleIndex` (faster when scanning many texts)
 * @returns findings sorted by position; offsets are into `text`
 */
export function scan(
  text: string,
  rules: readonly IRule[] | RuleIndex,
  options: IScanOptions = {}
): IFinding[] {
  if (typeof text !== 'string' || text.length < 8) {
    return [];
  }
  const index = rules instanceof RuleIndex ? rules : new RuleIndex(rules);
  const cellSource = options.cellSource;
  const candidates =
    cellSource === undefined
      ? index.candidates(text)
      : index.cellCandidates(cellSource);
  if (candidates.length === 0) {
    return [];
  }
  const lines = new LineIndex(text);
  let findings: IFinding[] = [];
  for (const rule of candidates) {
    const positions =
      rule.keywordWithin !== undefined && cellSource === undefined
        ? index.keywordPositions(rule, text)
        : null;
    const found = matchRule(rule, text, lines, cellSource, positions);
    if (found.length > 0) {
      findings = findings.concat(found);
    }
  }
  if (findings.length === 0) {
    return findings;
  }
  if (options.inline !== false) {
    findings = suppressInline(findings, text, lines);
  }
  findings = applyAllowlist(findings, text, options.allowlist ?? []);
  return dedupe(findings, options.priorities ?? priorityMap(index.rules));
}

/**
 * `scan` over text given in parts, which joined by newlines make the text the offsets,
 * lines and columns of the findings refer to. Each part is scanned on its own, leaving
 * out its `skips` (flat `[start, end)` pairs, in order): an output's mime types, minus
 * the style sheets and drawings of its HTML.
 *
 * Notes: the pieces are slices, which V8 makes without copying, and the joined text is
 * only built (for line numbers) when something is found. Nothing is lost at the seams:
 * no credential spans two representations of an output, or a style sheet.
 */
export function scanParts(
  parts: readonly string[],
  skips: readonly (readonly number[])[],
  rules: readonly IRule[] | RuleIndex,
  options: IScanOptions = {}
): IFinding[] {
  const index = rules instanceof RuleIndex ? rules : new RuleIndex(rules);
  let lines: LineIndex | null = null;
  const findings: IFinding[] = [];
  let offset = 0;
  parts.forEach((part, p) => {
    const skip = skips[p] ?? [];
    for (let k = 0; k <= skip.length; k += 2) {
      const from = k === 0 ? 0 : skip[k - 1];
      const to = k < skip.length ? skip[k] : part.length;
      const piece =
        from === 0 && to === part.length ? part : part.slice(from, to);
      for (const found of scan(piece, index, options)) {
        lines = lines ?? new LineIndex(parts.join('\n'));
        const start = found.start + offset + from;
        const { line, column } = lines.position(start);
        const end = found.end + offset + from;
        findings.push({ ...found, start, end, line, column });
      }
    }
    offset += part.length + 1; // and the joining newline
  });
  return findings;
}
