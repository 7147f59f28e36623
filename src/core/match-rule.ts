import { entropy } from './entropy';
import { fingerprint } from './fingerprint';
import { LineIndex } from './line-index';
import { mask } from './mask';
import { ruleMatches } from './rule-matches';
import { isPlaceholder } from './placeholder';
import { IFinding, IRule, Severity } from './types';

/** At most this many findings per rule and text: a pathological text stays cheap. */
const MAX_FINDINGS_PER_RULE = 200;

/**
 * Run one rule over a text and return its findings (before suppression and dedupe).
 *
 * Each candidate must pass, in order: the rule's `minEntropy`, the shared placeholder
 * filter, and the rule's own `validate` (which may also change the severity).
 *
 * @param lines - shared line index of `text`, so several rules reuse it
 * @param cellSource - for `'cell-output'` rules, the source of the output's cell
 * @param positions - for `keywordWithin` rules, where their keywords occur, when known
 */
export function matchRule(
  rule: IRule,
  text: string,
  lines: LineIndex,
  cellSource?: string,
  positions?: readonly number[] | null
): IFinding[] {
  const out: IFinding[] = [];
  if (
    (rule.mustContain !== undefined && text.indexOf(rule.mustContain) === -1) ||
    (rule.prefilter && !rule.prefilter.test(text))
  ) {
    return out;
  }
  const pattern =
    rule.narrow?.find(entry => absent(entry.context, text))?.pattern ??
    rule.pattern;
  const group = rule.secretGroup ?? 0;
  const next = ruleMatches(rule, pattern, text, positions);
  let match: RegExpExecArray | null;
  while ((match = next()) !== null) {
    const whole = match[0];
    if (whole.length === 0) {
      continue; // custom rules are checked, but be safe
    }
    const secret = secretOf(match, group);
    if (!secret) {
      continue;
    }
    // The secret group sits at the end of most patterns, so search from the right.
    const start = match.index + whole.lastIndexOf(secret);
    const end = start + secret.length;
    const severity = check(rule, secret, {
      text,
      start,
      end,
      match,
      cellSource
    });
    if (severity === null) {
      continue;
    }
    const pos = lines.position(start);
    out.push({
      ruleId: rule.id,
      title: rule.title,
      severity,
      start,
      end,
      line: pos.line,
      column: pos.column,
      masked: mask(secret),
      fingerprint: fingerprint(rule.id, secret)
    });
    if (out.length >= MAX_FINDINGS_PER_RULE) {
      break;
    }
  }
  pattern.lastIndex = 0;
  return out;
}

/**
 * The secret of a match: the rule's group, or, for patterns with alternatives that each
 * capture the secret in their own group, the first later group that took part.
 */
function secretOf(match: RegExpExecArray, group: number): string | undefined {
  if (match[group] !== undefined || group === 0) {
    return match[group];
  }
  for (let i = group + 1; i < match.length; i++) {
    if (match[i] !== undefined) {
      return match[i];
    }
  }
  return undefined;
}

/** The severity of a candidate, or null when one of the checks drops it. */
function check(
  rule: IRule,
  secret: string,
  context: Parameters<NonNullable<IRule['validate']>>[1]
): Severity | null {
  if (rule.minEntropy !== undefined && entropy(secret) < rule.minEntropy) {
    return null;
  }
  if (isPlaceholder(secret)) {
    return null;
  }
  if (!rule.validate) {
    return rule.severity;
  }
  const verdict = rule.validate(secret, context);
  if (verdict === false) {
    return null;
  }
  return verdict === true ? rule.severity : verdict;
}

/** Whether `context` (or each of a list) occurs nowhere in `text`. */
function absent(context: RegExp | readonly RegExp[], text: string): boolean {
  return Array.isArray(context)
    ? context.every(one => !one.test(text))
    : !(context as RegExp).test(text);
}
