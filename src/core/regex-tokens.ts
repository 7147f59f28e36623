/**
 * Small lexing helpers for the regex safety check: group openers, quantifiers, classes.
 */

/** `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`. */
export const GROUP_OPENER = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/;

/** A quantifier at the start of a string: `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`. */
export const QUANTIFIER = /^(?:[*+?]|\{(\d{1,6})(?:(,)(\d{0,6}))?\})/;

/** The largest repeat count of a parsed quantifier (Infinity when unbounded). */
export function quantifierMax(q: RegExpExecArray): number {
  if (q[0] === '?') {
    return 1;
  }
  if (q[0] === '*' || q[0] === '+') {
    return Infinity;
  }
  if (q[2] === undefined) {
    return Number(q[1]);
  }
  return q[3] === '' ? Infinity : Number(q[3]);
}

/** The smallest repeat count of a parsed quantifier. */
export function minOf(q: RegExpExecArray): number {
  return q[0] === '+' ? 1 : q[0] === '*' ? 0 : Number(q[1]);
}

/** Index just past the `]` closing the class that opens at `start`, or -1. */
export function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') {
    i++;
  }
  if (source[i] === ']') {
    i++;
  }
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2;
    } else if (source[i] === ']') {
      return i + 1;
    } else {
      i++;
    }
  }
  return -1;
}

/** Index just past the next `char` from `from`, or the end of `source`. */
export function closing(source: string, from: number, char: string): number {
  const end = source.indexOf(char, from);
  return end < 0 ? source.length : end + 1;
}
