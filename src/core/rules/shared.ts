import { entropy } from '../entropy';
import { IMatchContext } from '../types';

/**
 * Regex source for "name, then an assignment": `name = "`, `name: '`, `"name": "`,
 * `name => "`, `name="` in kwargs, `NAME=` in .env and `%env`, with an optional Python
 * string prefix (`r`, `b`, `f`…) before the quote. Every part is bounded.
 */
export const ASSIGN = `["']?\\s{0,3}(?::=|=>|[:=])\\s{0,3}[rRbBuUfF]{0,2}["']?`;

/** Like `ASSIGN`, but a plain space also separates (`%env NAME value`, `set NAME value`). */
export const ASSIGN_OR_SPACE = `["']?(?:\\s{0,3}(?::=|=>|[:=])\\s{0,3}|[ \\t]{1,3})[rRbBuUfF]{0,2}["']?`;

/** Whether `pattern` occurs within `radius` characters around the candidate. */
export function near(
  context: IMatchContext,
  pattern: RegExp,
  radius: number
): boolean {
  const from = Math.max(0, context.start - radius);
  const to = Math.min(context.text.length, context.end + radius);
  pattern.lastIndex = 0;
  return pattern.test(context.text.slice(from, to));
}

/** The line holding the candidate (without its newline). */
export function lineOf(context: IMatchContext): string {
  const from = context.text.lastIndexOf('\n', context.start - 1) + 1;
  let to = context.text.indexOf('\n', context.end);
  if (to < 0) {
    to = context.text.length;
  }
  return context.text.slice(from, to);
}

/** Upper- and lower-case letters and a digit: what random base62/base64 keys have. */
export function mixedCase(secret: string): boolean {
  return /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret);
}

/**
 * Whether a value typed by hand into an assignment looks like a real key rather than a
 * word, an identifier, a variable name, a path or a sentence.
 */
export function randomLooking(secret: string, minEntropy = 3): boolean {
  if (!/\d/.test(secret) || !/[A-Za-z]/.test(secret)) {
    return false;
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(secret) && /_/.test(secret)) {
    return false; // the name of an environment variable, e.g. "MY_API_KEY_2"
  }
  if (/^(?:https?:|\/|~|\.\.?\/)/.test(secret)) {
    return false; // a URL or a path
  }
  return entropy(secret) >= minEntropy;
}
