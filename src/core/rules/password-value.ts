import { IMatchContext } from '../types';
import {
  looksLikeCode,
  nameLike,
  passwordPlaceholder,
  quoted,
  wordsPassword
} from './shared';

/** Two more words after an unquoted value: a sentence, not a config line. */
const PROSE_AFTER = /^[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}/;

/** Words that describe a password field rather than being one. */
const DESCRIPTIVE =
  /^(?:required|optional|provided|protected|encrypted|redacted|sensitive|omitted|masked|hidden|supplied|generated|credentials|creds|keyring|prompt|interactive|disabled|enabled|mandatory)$/;

/** Whether the match's name says password (`DB_PASS`, `MYSQL_PWD`, `REDIS_AUTH`). */
export function passwordName(context: IMatchContext): boolean {
  return /pass|pwd|_auth/i.test(context.match[0].slice(0, 32));
}

/**
 * Whether an unquoted value sits in a config line rather than in code: the name starts
 * its line and the value ends it, with `NAME=value` (a .env or `%env` line), `name: value`
 * (YAML), or `name = value` under an `[section]` header (INI). In Python, `password =
 * word` names a variable.
 */
function configLine(context: IMatchContext): boolean {
  const { text, match, start, end } = context;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  const head = text.slice(lineStart, match.index);
  const tail = text.slice(end, end + 8);
  if (!/^[ \t]*(?:-[ \t]|export[ \t]|%env[ \t])?[A-Za-z0-9_]*$/.test(head)) {
    return false;
  }
  if (!/^[ \t]*(?:$|\r?\n|\\n)/.test(tail)) {
    return false;
  }
  const separator = text
    .slice(match.index, start)
    .replace(/^[A-Za-z0-9_]+/, '');
  if (separator === '=' || /^[ \t]*:[ \t]*$/.test(separator)) {
    return true;
  }
  return /^\[[A-Za-z0-9_ .:-]{1,60}\]$/m.test(
    text.slice(Math.max(0, lineStart - 2000), lineStart)
  );
}

/**
 * Whether a value under a password name is a password made of words: a passphrase, words
 * with underscores and digits, or one lower-case word (quoted, or ending a config line).
 */
function wordsUnderPasswordName(
  secret: string,
  context: IMatchContext
): boolean {
  if (
    !passwordName(context) ||
    /pass|pwd|secret|token|key|user|name/i.test(secret)
  ) {
    return false;
  }
  if (wordsPassword(secret)) {
    return true;
  }
  return (
    /^[a-z]{6,24}$/.test(secret) &&
    !DESCRIPTIVE.test(secret) &&
    (quoted(context) || configLine(context))
  );
}

/** Drop what is not a literal password: words, code, paths, URLs, YAML tags. */
export function literalPassword(
  secret: string,
  context: IMatchContext
): boolean {
  if (passwordPlaceholder(secret)) {
    return false;
  }
  if (!quoted(context) && /^![A-Za-z]/.test(secret)) {
    return false; // a YAML tag: `password: !ENV ${DB_PASSWORD}`
  }
  if (wordsUnderPasswordName(secret, context)) {
    return !PROSE_AFTER.test(context.text.slice(context.end, context.end + 40));
  }
  if (looksLikeCode(secret, context)) {
    return false;
  }
  if (
    nameLike(secret) &&
    (!/\d/.test(secret) || /[_.-]/.test(secret) || secret.length > 12)
  ) {
    return false; // `"client_secret": "clientSecret"`, `'CLIENT_SECRET'`, `'V1SecretProjection'`
  }
  if (/^[0-9a-f]{16,}$/i.test(secret)) {
    return false; // a hash or an id (`"AWS::SecretsManager::Secret": "c85175a4ebcce361"`)
  }
  if (
    /^[\w.-]+(?:\/[\w.-]+){2,}$/.test(secret) &&
    /^[a-z0-9/._-]+$/i.test(secret)
  ) {
    return false; // a resource path: `projects/p/secrets/my-secret/versions/1`
  }
  if (
    !quoted(context) &&
    (/^[A-Za-z][a-z]+[.:,;!?]$/.test(secret) ||
      PROSE_AFTER.test(context.text.slice(context.end, context.end + 40)))
  ) {
    return false; // prose: "password: Required.", "client_secret: OAuth2 client secret to use."
  }
  return !/^(?:\/|~|\.\.?\/|[A-Za-z]:\\|https?:)/.test(secret);
}
