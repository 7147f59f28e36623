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
  if (nameLike(secret)) {
    return false; // a name: "MY_API_KEY_2", "clientSecret", "not_exists_file_1123"
  }
  if (/^(?:https?:|\/|~|\.\.?\/)/.test(secret)) {
    return false; // a URL or a path
  }
  return entropy(secret) >= minEntropy;
}

/** Whether the candidate is written inside quotes (a literal, not an expression). */
export function quoted(context: IMatchContext): boolean {
  const before = context.text[context.start - 1];
  return before === '"' || before === "'" || before === '`';
}

/**
 * Whether an unquoted value is code rather than a literal: an identifier or attribute
 * chain without digits (`pw`, `config.password`), or a call (`getpass()`).
 */
export function looksLikeCode(secret: string, context: IMatchContext): boolean {
  if (quoted(context)) {
    return false;
  }
  const next = context.text[context.end];
  if (next === '(' || next === '[' || next === '.') {
    return true;
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(secret)) {
    return true;
  }
  // A plain word or a lower-case snake_case name (`oauth2_client_secret`).
  return (
    /^[A-Za-z_][A-Za-z_]*$/.test(secret) ||
    /^_?[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(secret)
  );
}

/**
 * Whether a value reads as a name rather than a random key: words joined by `_`, `-` or
 * `.` (`not_exists_file_1123`, `OAUTH2-CLIENT-SECRET`), or camelCase made of words
 * (`clientSecret`, `V1SecretKeySelector`). Random keys almost never split into words.
 */
export function nameLike(secret: string): boolean {
  const parts = secret.split(/[_.-]/);
  if (
    parts.length >= 2 &&
    parts.every(p =>
      /^(?:[a-z]+\d{0,2}|[A-Z]+\d{0,2}|[A-Z][a-z]+\d{0,2}|\d{1,4}|)$/.test(p)
    )
  ) {
    return true;
  }
  // Characters covered by words: a leading lower-case run and Capitalised humps.
  const words = secret.match(/^[a-z]{3,}|[A-Z][a-z]{2,}/g);
  const covered = words ? words.join('').length : 0;
  return covered >= 0.75 * secret.length;
}

/** Values that stand for "no password here": words, types, empties, prompts. */
export const NOT_A_PASSWORD =
  /^(?:password|passwd|pass|pwd|secret|token|none|null|nil|true|false|undefined|required|optional|string|str|text|hidden|input|prompt|getpass|env|value|masked|unset|empty|username|user|login|admin|root|guest|anonymous|pw|passw0rd|p@ssw0rd|pa\$\$word|password1|secret1|fail|failed|error|ok|yes|no|on|off|skip|skipped|changeme|change_me|changeit|default|example|sample|dummy|placeholder|redacted|notset|tbd|todo)$/i;

/**
 * Whether a value in a password position is a placeholder: a word like `password` or
 * `None`, or a name such as `edl_password`, `your_earthdata_username`, `db_passwd`.
 */
export function passwordPlaceholder(secret: string): boolean {
  return (
    NOT_A_PASSWORD.test(secret) || /pass(?:word|wd)|user_?name/i.test(secret)
  );
}

/**
 * Whether a value has the shape of a password people choose: letters with digits or
 * symbols. A word alone, or digits alone, has not.
 */
export function chosenPasswordShape(secret: string): boolean {
  return /[A-Za-z]/.test(secret) && /[\d#@%&!$*^~+=-]/.test(secret);
}

/**
 * Whether a value is a password built from words, as people choose them for a password
 * position: three or more words joined by hyphens or spaces (`correct-orbit-maple-sand`),
 * or words joined by underscores ending in digits and maybe a symbol (`river_cedar_42!`).
 * Only meaningful where a name already says "password".
 */
export function wordsPassword(secret: string): boolean {
  return (
    (/^[a-z]{2,12}(?:[- ][a-z]{2,12}){2,7}$/.test(secret) &&
      secret.length >= 15) ||
    /^[a-z]{2,12}(?:_[a-z]{2,12}){1,4}_?\d{1,6}[!$%#@&*]?$/.test(secret)
  );
}

/** Lower-case hex of exactly this length, nothing else: usually a hash. */
export function isHex(secret: string): boolean {
  return /^[0-9a-f]+$/i.test(secret);
}

/** The usual remediation: where to keep it instead, and what to do if it was shared. */
export function rotate(where: string): string {
  return `Read it from an environment variable or the hub secret store instead. If it was saved or shared, revoke it in ${where} and create a new one.`;
}

/** Alphabets for fake values in samples. */
export const URL_SAFE =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const BASE64 =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The prefilter of the URL rules: `://`, then user information up to an `@` with no
 * slash, space or quote on the way. Most texts with `://` hold only plain links.
 */
export const URL_USERINFO = /:\/\/[^\s/@"'<>]{1,301}@/;
