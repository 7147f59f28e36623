/**
 * Characters and runs that never occur in a real credential but always in templates:
 * `<token>`, `${VAR}`, `{{ var }}`, `{password}`, `%(pw)s`, `xxxx`, `****`, `...`, `…`.
 */
const MARKS = /[<>{}…]|%\(|xxxx|XXXX|\*\*\*|\.\.\.|####|____/;

/**
 * A `%s` format placeholder (`password=%s`, `key-%s`). Only on short values: a long
 * random secret whose alphabet has `%` (Django's `SECRET_KEY`) holds `%s` by chance.
 */
const FORMAT_MARK = /%s\b/;
const FORMAT_MARK_MAX_LENGTH = 24;

/**
 * Long words that mark documentation examples and masked values: checked on values of any
 * length (AWS's example session tokens contain EXAMPLE), since random text essentially
 * never spells six or more given letters.
 */
const LONG_WORDS = /example|placeholder|redacted|changeme|dummy/i;

/**
 * Words that mark documentation examples, masked values and test fixtures. Only checked
 * on values up to 100 characters: long random tokens contain such short words by chance.
 */
const WORDS =
  /example|sample|dummy|placeholder|redacted|changeme|change_me|your[_-]|yourkey|yourtoken|yourpass|yoursecret|replace|insert[_-]|enter[_-]|fake|mock|test|foobar|lorem|qwerty|123456|abcdefgh|abcd1234|1234abcd/i;

/** `$VAR`, `$env:VAR`, `%VAR%`: a reference to a variable, not a value. */
const VARIABLE_REFERENCE = /^(?:\$(?:env:)?[A-Za-z_]\w*|%\w+%)$/;

/**
 * Example values from specifications and vendor documentation (RFC 6749 and RFC 6750
 * OAuth examples), which are pasted into tutorials verbatim.
 */
const KNOWN_EXAMPLES = new Set([
  'mF_9.B5f-4.1JqM',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'h480djs93hd8',
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  's6BhdRkqt3',
  'gX1fBat3bV'
]);

/**
 * Whether a candidate secret is a placeholder, a masked value or a test fixture.
 *
 * Notes: applied to every rule's candidate before its own checks, so a rule only needs
 * to describe the shape of the real thing.
 */
export function isPlaceholder(secret: string): boolean {
  if (
    MARKS.test(secret) ||
    (secret.length <= FORMAT_MARK_MAX_LENGTH && FORMAT_MARK.test(secret)) ||
    VARIABLE_REFERENCE.test(secret) ||
    KNOWN_EXAMPLES.has(secret)
  ) {
    return true;
  }
  if (LONG_WORDS.test(secret) || (secret.length <= 100 && WORDS.test(secret))) {
    return true;
  }
  return lowVariety(secret);
}

/** `aaaa`, `abab`, `00000000000000001`: too few distinct characters to be random. */
function lowVariety(secret: string): boolean {
  const distinct = new Set(secret).size;
  if (secret.length >= 16) {
    return distinct <= 4;
  }
  return secret.length >= 4 && distinct <= 2;
}
