/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { entropy } from '../entropy';
import { fakeToken } from '../fake-token';
import { CELL_OUTPUT_MARK, IMatchContext, IRule } from '../types';
import { ALNUM, HEX } from './alphabets';
import {
  chosenPasswordShape,
  nameLike,
  passwordPlaceholder,
  wordsPassword
} from './shared';

/**
 * Outputs longer than this are not "a value printed alone": the rule does not look at them.
 */
export const PRINTED_OUTPUT_MAX = 4096;

/**
 * What a printed expression is known to hold: `'key'`, an issued key or token (only a
 * random-looking value counts), or `'any'` credential, a password included (a name that
 * says password, a typed password, a stored secret, a value passed to a login call).
 */
type Holds = 'key' | 'any';

/**
 * Words that make a name a credential's (`hf_token`, `apiKey`, `DB_PASSWORD`, `creds`),
 * after camelCase is split and the name is cut at `_`, `-` and `.`.
 */
const KEY_WORDS = new Set(['token', 'apikey', 'bearer', 'pat']);
/** Words of names that may also hold a chosen password (`REDIS_AUTH`, `client_secret`). */
const PASSWORD_WORDS = new Set([
  'secret',
  'credential',
  'credentials',
  'cred',
  'creds',
  'auth',
  'password',
  'passwd',
  'passphrase',
  'pass',
  'pwd',
  'pw'
]);

/** `<qualifier>_key` names that hold a credential (`api_key`, `secret_key`, `license_key`). */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'license',
  'licence',
  'app',
  'client',
  'service',
  'subscription',
  'master',
  'account',
  'signing',
  'encryption',
  'session',
  'admin',
  'developer',
  'dev'
]);

/**
 * Last words that make a credential word describe something else: `token_id`,
 * `password_hash`, `api_key_name`, `secret_path`, `auth_url`, `token_type`, `pw_len`.
 */
const NOT_A_SECRET = new Set([
  'id',
  'ids',
  'hash',
  'hashed',
  'sha',
  'sha1',
  'sha256',
  'md5',
  'digest',
  'fingerprint',
  'type',
  'types',
  'kind',
  'count',
  'len',
  'length',
  'size',
  'url',
  'uri',
  'endpoint',
  'host',
  'path',
  'file',
  'filename',
  'dir',
  'name',
  'names',
  'label',
  'expiry',
  'expires',
  'expiration',
  'exp',
  'ttl',
  'prefix',
  'suffix',
  'hint',
  'header',
  'headers',
  'scope',
  'scopes',
  'field',
  'env',
  'var',
  'user',
  'username',
  'policy',
  'required',
  'set',
  'present',
  'ok',
  'valid',
  'status',
  'version',
  'mask',
  'masked',
  'preview',
  'last4',
  'tail'
]);

/** The words of a name: camelCase split, cut at `_`, `-`, `.`, lower-cased. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_.-]+/)
    .filter(w => w !== '');
}

/**
 * What a name says it holds: `'any'` for a password or secret (`db_password`, `pwd`,
 * `client_secret`, `REDIS_AUTH`), `'key'` for `hf_token`, `OPENAI_API_KEY`, or null
 * (`token_id`, `tokens`, `run_id`, `key`).
 */
export function credentialName(name: string): Holds | null {
  const w = words(name);
  if (w.length === 0 || NOT_A_SECRET.has(w[w.length - 1])) {
    return null;
  }
  let holds: Holds | null = null;
  w.forEach((word, i) => {
    if (PASSWORD_WORDS.has(word)) {
      holds = 'any';
    } else if (
      holds === null &&
      (KEY_WORDS.has(word) ||
        (word === 'key' && i > 0 && KEY_QUALIFIERS.has(w[i - 1])))
    ) {
      holds = 'key';
    }
  });
  return holds;
}

/** An expression that may be printed: a name, attributes, string subscripts. */
const EXPR =
  '[A-Za-z_][A-Za-z0-9_]{0,63}(?:\\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,4}(?:\\[[ \\t]{0,2}[\'"][A-Za-z0-9_.-]{1,64}[\'"][ \\t]{0,2}\\]){0,3}';

/** `print(x)`, `print(f"{x}")`, `display(x)`, `pprint(x)`, `sys.stdout.write(x)` as a statement. */
const PRINT = new RegExp(
  `^[ \\t]{0,40}(?:print|display|pprint|sys\\.stdout\\.write)\\([ \\t]{0,3}(?:f(['"])\\{[ \\t]{0,3}(${EXPR})[ \\t]{0,3}\\}['"]|(${EXPR}))[ \\t]{0,3}\\)[ \\t]{0,3}(?:#.{0,200})?$`
);
/** A bare expression at the start of a line: the cell's value when it is the last line. */
const BARE = new RegExp(`^(${EXPR})[ \\t]{0,3};?[ \\t]{0,3}(?:#.{0,200})?$`);

/** `name = value` (or `name: str = value`), value to the end of the line. */
const ASSIGNMENT = new RegExp(
  `^[ \\t]{0,40}(${EXPR})(?:[ \\t]{0,3}:[ \\t]{0,3}[A-Za-z_][A-Za-z0-9_.]{0,40})?[ \\t]{0,3}=(?!=)[ \\t]{0,3}(.{1,400})$`
);

/** A read of a named environment variable or secret: `os.environ["HF_TOKEN"]`, `getenv('…')`. */
const NAMED_READ =
  /(?:environ\s{0,3}\[\s{0,3}|environ\.get\(\s{0,3}|getenv\(\s{0,3}|userdata\.get\(\s{0,3}|secrets\.get\([^)]{0,80}?key\s{0,3}=\s{0,3}|get_secret[A-Za-z_]{0,20}\(\s{0,3}(?:[A-Za-z_]{1,20}\s{0,3}=\s{0,3})?)["']([A-Za-z0-9_.:/-]{1,80})["']/;
/** Reads that always give a credential: a typed password, a keyring entry, a stored secret. */
const SECRET_READ =
  /\b(?:getpass|get_password|userdata\.get|dbutils\.secrets\.get|get_secret|get_secret_value|SecretClient|getSecret)\b/;

/** A call that logs in: `login(token=tok)`, `wandb.login(key=k)`, `HTTPBasicAuth(u, pw)`. */
const LOGIN_CALL =
  /(?:login|log_in|authenticate|auth|signin|sign_in)\s{0,3}\(([^()]{0,300}(?:\([^()]{0,100}\)[^()]{0,300}){0,4})\)/gi;

/** The last name of an expression: `creds.password` → `password`, `cfg["api_key"]` → `api_key`. */
function lastName(expr: string): string {
  const key = /\[[ \t]{0,2}['"]([^'"]{1,64})['"][ \t]{0,2}\]$/.exec(expr);
  if (key) {
    return key[1];
  }
  const at = expr.lastIndexOf('.');
  return at === -1 ? expr : expr.slice(at + 1);
}

/** What reading `value` gives, or null when it is not known to be a credential. */
function readHolds(value: string): Holds | null {
  const named = NAMED_READ.exec(value);
  if (named) {
    const holds = credentialName(named[1].replace(/^.*[/:]/, ''));
    if (holds) {
      return holds;
    }
  }
  if (SECRET_READ.test(value)) {
    return 'any';
  }
  // An alias of a credential-named expression: `tok = HF_TOKEN`, `pw = creds.password`.
  const alias = new RegExp(`^(${EXPR})[ \\t]{0,3}(?:#.{0,200})?$`).exec(value);
  return alias ? credentialName(lastName(alias[1])) : null;
}

/** Whether `name` occurs as a whole expression in `text`. */
function mentions(text: string, name: string): boolean {
  let at = text.indexOf(name);
  while (at !== -1) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[A-Za-z0-9_.'"]/.test(before) && !/[A-Za-z0-9_'"([]/.test(after)) {
      return true;
    }
    at = text.indexOf(name, at + 1);
  }
  return false;
}

/**
 * What the cell prints that is known to hold a credential: the strongest of what each
 * printed expression holds, by its own name, by what was assigned to it, or by being
 * passed to a login call. Null when nothing printed is a credential.
 */
export function printedCredential(source: string): Holds | null {
  const lines = source.split('\n');
  const printed: string[] = [];
  let last = '';
  for (const line of lines) {
    const m = PRINT.exec(line);
    if (m) {
      printed.push(m[2] ?? m[3]);
    }
    if (line.trim() !== '' && !/^\s*#/.test(line)) {
      last = line;
    }
  }
  const bare = BARE.exec(last);
  if (bare && !PRINT.test(last)) {
    printed.push(bare[1]);
  }
  if (printed.length === 0) {
    return null;
  }
  let best: Holds | null = null;
  const better = (holds: Holds | null) => {
    if (holds && best !== 'any') {
      best = holds;
    }
  };
  const logins: string[] = [];
  LOGIN_CALL.lastIndex = 0;
  let call: RegExpExecArray | null;
  while ((call = LOGIN_CALL.exec(source)) !== null) {
    logins.push(call[1]);
  }
  for (const expr of printed) {
    better(credentialName(lastName(expr)));
    for (const line of lines) {
      const a = ASSIGNMENT.exec(line);
      if (a && a[1] === expr) {
        better(readHolds(a[2].trim()));
      }
    }
    if (!/^(?:os\.environ|os\.getenv)/.test(expr)) {
      if (logins.some(args => mentions(args, expr))) {
        better('any');
      }
    }
  }
  return best;
}

/** A value that cannot be a credential however it was read. */
function notAValue(secret: string): boolean {
  return (
    /[*…•]|\.\.\.|x{4}|X{4}/.test(secret) || // masked
    /^[-+]?\d[\d.,_]*(?:e[-+]?\d{1,3})?$/i.test(secret) || // a number
    /:\/\/|^[a-z]:[\\/]|^[/~\\]|^\.{1,2}[\\/]|\\/i.test(secret) || // a URL or a path
    /^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z.]{2,20}$/.test(secret) || // an email address
    /\.(?:[a-z]{2,4}|json|yaml|toml|ipynb|parquet)$/i.test(secret) || // a file name
    /^\d{4}-\d\d-\d\d/.test(secret) || // a date
    /^v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][A-Za-z0-9.]{1,20})?$/.test(secret) || // a version
    /^(?:True|False|None|null|undefined|NaN)$/.test(secret) ||
    /^<.{0,200}>$/.test(secret) // a repr such as <Response [200]>
  );
}

/** A random key: 16 or more characters of letters and digits (and `-_+/=.:~`), high entropy. */
function keyLike(secret: string): boolean {
  return (
    secret.length >= 16 &&
    /^[A-Za-z0-9_\-+/=.:~]+$/.test(secret) &&
    /[A-Za-z]/.test(secret) &&
    /\d/.test(secret) &&
    !nameLike(secret) &&
    entropy(secret) >= 3.2
  );
}

/** A password a person chose: letters with digits or symbols, not a name or a placeholder. */
function passwordLike(secret: string): boolean {
  if (secret.length > 64 || passwordPlaceholder(secret)) {
    return false;
  }
  if (wordsPassword(secret)) {
    return true;
  }
  return (
    chosenPasswordShape(secret) &&
    /\d/.test(secret) &&
    (/[#@%&!$*^~+=?]/.test(secret) ||
      (/[a-z]/.test(secret) && /[A-Z]/.test(secret)) ||
      secret.length >= 12) &&
    !nameLike(secret)
  );
}

/**
 * The check of a value printed alone: it must look like what the printed expression
 * holds, and the cell's source must show that expression to be a credential.
 */
function checkPrinted(secret: string, context: IMatchContext): boolean {
  const source = context.cellSource;
  if (!source || notAValue(secret)) {
    return false;
  }
  const key = keyLike(secret);
  const password = !key && passwordLike(secret);
  if (!key && !password) {
    return false;
  }
  const holds = printedCredential(source);
  return holds === 'any' || (holds === 'key' && key);
}

const sample = (source: string, output: string): string =>
  `${source}${CELL_OUTPUT_MARK}${output}`;

/**
 * A value printed alone by a cell whose source reads it from a credential: `print(token)`
 * after `token = os.environ["HF_TOKEN"]`, `getpass()` echoed, a key passed to `login()`
 * and then shown, or `api_key` as the cell's last line.
 *
 * Notes: a `'cell-output'` rule. The output (each text mime type) must be the value
 * alone, at most `PRINTED_OUTPUT_MAX` characters; the source's keywords decide whether
 * the check runs at all.
 */
export const printedSecret: IRule = {
  id: 'printed-secret',
  title: 'Credential printed from a variable',
  severity: 'warning',
  description:
    'The cell prints a value it read from a credential (an environment variable, getpass or a login call): the output shows the credential to everyone the notebook reaches.',
  remediation:
    'Do not print credentials: remove the print (or the bare last line) and clear the output. If the notebook was saved or shared with the output, revoke or change the credential.',
  envName: 'API_TOKEN',
  scope: 'cell-output',
  keywords: ['token', 'key', 'secret', 'pass', 'pw', 'auth', 'login', 'cred'],
  // The whole text is one value, perhaps quoted (a repr) and followed by a line break.
  pattern: /^[ \t]{0,8}['"]?([^\s'"]{8,128})['"]?\s{0,8}$/g,
  secretGroup: 1,
  priority: -2,
  validate: checkPrinted,
  samples: {
    positive: [
      sample(
        'import os\ntoken = os.environ["HF_TOKEN"]\nprint(token)',
        `${fakeToken(37, ALNUM, 'printed-1')}\n`
      ),
      sample(
        'from getpass import getpass\npw = getpass("Password: ")\npw',
        `'${fakeToken(5, ALNUM, 'printed-2')}#${fakeToken(4, '0123456789', 'printed-3')}'`
      ),
      sample(
        'tok = read_token()\nhuggingface_hub.login(token=tok)\nprint(tok)',
        `${fakeToken(40, HEX, 'printed-4')}\n`
      ),
      sample('api_key', `'${fakeToken(32, ALNUM, 'printed-5')}'`)
    ],
    negative: [
      sample('token = os.environ["HF_TOKEN"]\nprint(token)', 'hf_…abcd\n'),
      sample(
        'token = os.environ["HF_TOKEN"]\nprint(token)',
        '**************\n'
      ),
      sample(
        'run_id = uuid.uuid4()\nprint(run_id)',
        `${fakeToken(8, HEX, 'printed-6')}-${fakeToken(4, HEX, 'printed-7')}-4${fakeToken(3, HEX, 'printed-8')}-a${fakeToken(3, HEX, 'printed-9')}-${fakeToken(12, HEX, 'printed-10')}\n`
      ),
      sample('api_key = os.environ["API_KEY"]\nprint(len(api_key))', '40\n'),
      sample(
        'token = os.environ["HF_TOKEN"]\nprint(token)',
        'Token loaded from the environment\n'
      ),
      sample(
        'token_id = client.create()\nprint(token_id)',
        `${fakeToken(32, HEX, 'printed-11')}\n`
      ),
      sample(
        'secret_path = "/run/secrets/db"\nsecret_path',
        "'/run/secrets/db_password'"
      )
    ]
  }
};
