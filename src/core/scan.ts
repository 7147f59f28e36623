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
  const candidates = index.candidates(text);
  if (candidates.length === 0) {
    return [];
  }
  const lines = new LineIndex(text);
  let findings: IFinding[] = [];
  for (const rule of candidates) {
    const found = matchRule(rule, text, lines);
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
