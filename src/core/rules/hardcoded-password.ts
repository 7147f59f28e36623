/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule } from '../types';
import { looksLikeCode, nameLike, passwordPlaceholder, quoted } from './shared';

/** Two more words after an unquoted value: a sentence, not a config line. */
const PROSE_AFTER = /^[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}/;

/**
 * Whether a quoted value under a password name is a password made of words: one
 * lower-case word, or a passphrase of three or more words joined by hyphens or spaces.
 * (Under `secret`, words are usually names: `secret = "default"`.)
 */
function chosenWords(secret: string, context: IMatchContext): boolean {
  if (!/pass|pwd/i.test(context.match[0].slice(0, 24))) {
    return false;
  }
  return (
    /^[a-z]{6,24}$/.test(secret) ||
    (/^[a-z]{2,12}(?:[- ][a-z]{2,12}){2,7}$/.test(secret) &&
      secret.length >= 15)
  );
}

/** Drop what is not a literal password: words, code, paths, URLs. */
function literalPassword(secret: string, context: IMatchContext): boolean {
  if (passwordPlaceholder(secret) || looksLikeCode(secret, context)) {
    return false;
  }
  if (quoted(context) && chosenWords(secret, context)) {
    return true; // a single lower-case word, or words joined by hyphens
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

/**
 * Hard-coded passwords in assignments, keyword arguments, dicts and config files:
 * `password = "…"`, `connect(passwd='…')`, `{"db_password": "…"}`, `password: …` in YAML,
 * `PASSWORD=…` in .env files.
 *
 * Notes: quoted values are literals; an unquoted value counts only up to the end of its
 * token and when it is not code (`password = getpass()`, `pwd = os.getcwd()`).
 */
export const hardcodedPassword: IRule = {
  id: 'hardcoded-password',
  title: 'Hard-coded password',
  severity: 'warning',
  description:
    'A password written in a notebook is readable by everyone the notebook, its checkpoints or exports reach, and people reuse passwords across services.',
  remediation:
    'Ask for it with getpass.getpass() or read it from an environment variable or the hub secret store. If it was shared, change the password everywhere it is used.',
  envName: 'PASSWORD',
  keywords: ['pass', 'pwd', 'secret'],
  pattern:
    /(?:password|passwd|passphrase|(?<![A-Za-z])(?:pass|pwd|secret))\\?["']?\]?(?:(?:\s{0,3}|[ \t]{4,40})(?::=|=>|[:=])(?:\s{0,3}|[ \t]{4,40})(?:[rbuf]{1,2}(?=\\?["']))?\\?["']([^"'\s\\]{4,200})\\?["']|[ \t]{0,40}(?::=|[:=])[ \t]{0,40}([^\s"'`#;,(){}[\]\\][^\s"'`;,(){}[\]\\]{3,199})(?![^\s,;)\]}"'`]))|--(?:password|passwd)[ \t]{1,3}["']?([^\s"'`$<>{}()]{4,200})/gi,
  secretGroup: 1,
  priority: -1,
  validate: literalPassword,
  samples: {
    positive: [
      `conn = psycopg2.connect(host="db", user="me", password="${fakeToken(12)}")`,
      `DB_PASSWORD = '${fakeToken(10)}'`,
      `config = {"user": "me", "passwd": "${fakeToken(10)}"}`,
      `%%writefile config.yaml\ndatabase:\n  password: ${fakeToken(12)}!\n`,
      `!mytool login --user me --password ${fakeToken(12)}`
    ],
    negative: [
      'password = getpass.getpass("Password: ")',
      'password = os.environ["DB_PASSWORD"]',
      'pwd = os.getcwd()',
      'password = "<your password>"',
      'password = ""',
      'password: str = None',
      'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"'
    ]
  }
};
