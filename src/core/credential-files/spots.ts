import type { IInspection, ISecretSpot } from './types';
import { isPlaceholder } from '../placeholder';

/**
 * An inspector that takes the first match of `pattern` whose `group` is a real value.
 *
 * @param pattern - a global (`g`) pattern, usually multi-line (`m`); linear-time please
 * @param group - the capture group that is the secret
 * @param accept - an extra check on the value (a `${VAR}` reference is no secret)
 * @returns an inspector giving `null` when nothing acceptable matched
 *
 * Notes: placeholders (`changeme`, `xxxx`, `<your key>`) do not count, so a template
 * left in a home directory is not reported as a credential file.
 */
export function firstValue(
  pattern: RegExp,
  group = 1,
  accept: (value: string) => boolean = () => true
): (text: string) => IInspection | null {
  return (text: string) => {
    const spot = findValue(text, pattern, group, accept);
    return spot ? { spot } : null;
  };
}

/** The first acceptable value of `pattern` in `text`, with its offsets. */
export function findValue(
  text: string,
  pattern: RegExp,
  group: number,
  accept: (value: string) => boolean
): ISecretSpot | null {
  const regex = new RegExp(pattern.source, withGlobal(pattern.flags));
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0] === '') {
      regex.lastIndex++; // an empty match must not stall the loop
    }
    const value = match[group];
    if (value && acceptable(value) && accept(value)) {
      const start = match.index + match[0].lastIndexOf(value);
      return { start, end: start + value.length, value };
    }
  }
  return null;
}

/** Not a reference to another place (`${TOKEN}`, `$TOKEN`, `%(token)s`) nor a placeholder. */
function acceptable(value: string): boolean {
  const clean = value.replace(/^['"]|['"],?$/g, '');
  if (clean.length < 4 || /^(?:\$|%\()/.test(clean)) {
    return false;
  }
  return !isPlaceholder(clean);
}

function withGlobal(flags: string): string {
  return flags.includes('g') ? flags : flags + 'g';
}

/**
 * `name = value` (or `name: value`) in INI-like files, the value up to a blank; one of
 * `names`, an alternation, case-insensitive.
 */
export function iniValue(names: string): RegExp {
  return new RegExp(`^[ \\t]*(?:${names})[ \\t]*[=:][ \\t]*(\\S+)`, 'gim');
}

/** `"name": "value"` in JSON files; an escaped quote stays inside the value. */
export function jsonValue(names: string): RegExp {
  // The two alternatives of a character never overlap, so this is linear.
  return new RegExp(
    `"(?:${names})"[ \\t\\r\\n]*:[ \\t\\r\\n]*"((?:[^"\\\\]|\\\\.)+)"`,
    'g'
  );
}
