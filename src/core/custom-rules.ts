import { checkRegexSource } from './regex-safety';
import { IRule, Severity } from './types';

/** An admin-defined rule, as written in the settings. */
export interface ICustomRule {
  id: string;
  title: string;
  pattern: string;
  /** Any of `i`, `m`, `s`, `u`; `g` is always added. */
  flags?: string;
  keywords?: string[];
  severity?: Severity;
  secretGroup?: number;
  description?: string;
  remediation?: string;
}

/** A compiled rule, or the reason it was rejected. */
export type CompiledCustomRule = { rule: IRule } | { error: string };

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * Turn one admin rule into an `IRule`, or explain clearly why not.
 *
 * Rejects a missing id, title or pattern, an id already in use, unknown flags or severity,
 * an invalid regex, one that can backtrack catastrophically (see `checkRegexSource`), one
 * that matches the empty string, and a `secretGroup` the pattern does not have.
 *
 * @param input - the entry from the settings (untrusted)
 * @param index - its position, for the message
 * @param takenIds - ids already in use (built-in and earlier custom rules)
 */
export function compileCustomRule(
  input: unknown,
  index: number,
  takenIds: ReadonlySet<string>
): CompiledCustomRule {
  const where = `customRules[${index}]`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { error: `${where}: expected an object with id, title and pattern` };
  }
  const raw = input as Partial<Record<keyof ICustomRule, unknown>>;
  if (typeof raw.id !== 'string' || raw.id.trim() === '') {
    return { error: `${where}: "id" must be a non-empty string` };
  }
  const label = `${where} ("${raw.id}")`;
  if (takenIds.has(raw.id)) {
    return { error: `${label}: the id is already used by another rule` };
  }
  if (typeof raw.pattern !== 'string' || raw.pattern === '') {
    return { error: `${label}: "pattern" must be a non-empty string` };
  }
  const flags = raw.flags === undefined ? '' : raw.flags;
  if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags.replace(/g/g, ''))) {
    return { error: `${label}: "flags" may only contain i, m, s and u` };
  }
  const severity = raw.severity === undefined ? 'warning' : raw.severity;
  if (!SEVERITIES.includes(severity as Severity)) {
    return { error: `${label}: "severity" must be error, warning or info` };
  }
  const regex = compileChecked(raw.pattern, flags.replace(/g/g, ''));
  if (typeof regex === 'string') {
    return { error: `${label}: ${regex}` };
  }
  const group = raw.secretGroup === undefined ? 0 : raw.secretGroup;
  const groups =
    new RegExp(`${regex.source}|`, regex.flags).exec('')!.length - 1;
  if (
    typeof group !== 'number' ||
    !Number.isInteger(group) ||
    group < 0 ||
    group > groups
  ) {
    return {
      error: `${label}: "secretGroup" must be an integer from 0 to ${groups}`
    };
  }
  const keywords = Array.isArray(raw.keywords)
    ? raw.keywords.filter((k): k is string => typeof k === 'string' && k !== '')
    : [];
  const text = (value: unknown, fallback: string): string =>
    typeof value === 'string' && value.trim() !== '' ? value : fallback;
  return {
    rule: {
      id: raw.id,
      title: text(raw.title, raw.id),
      severity: severity as Severity,
      description: text(
        raw.description,
        'A credential pattern defined by your administrator.'
      ),
      remediation: text(
        raw.remediation,
        'Remove the value from the notebook and load it from an environment variable; if it was shared, revoke and rotate it.'
      ),
      keywords,
      pattern: regex,
      secretGroup: group,
      priority: 1,
      samples: { positive: [], negative: [] }
    }
  };
}

/**
 * Compile a pattern after the safety check, or return why it is rejected.
 *
 * @param flags - flags without `g`; `g` is added
 */
export function compileChecked(source: string, flags = ''): RegExp | string {
  const checked = checkRegexSource(source);
  if (checked.error) {
    return `rejected pattern: ${checked.error}`;
  }
  let regex: RegExp;
  try {
    regex = new RegExp(checked.source, `${flags}g`);
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  for (const probe of ['', 'a', ' ', '0', '\n']) {
    regex.lastIndex = 0;
    const m = regex.exec(probe);
    if (m && m[0] === '') {
      regex.lastIndex = 0;
      return 'rejected pattern: it can match the empty string';
    }
  }
  regex.lastIndex = 0;
  return regex;
}
