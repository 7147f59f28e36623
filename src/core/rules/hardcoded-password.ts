/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { literalPassword } from './password-value';

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
  keywords: ['pass', 'pwd', 'secret', '_auth'],
  // Every match opens with a keyword, or with `--` before `password`.
  keywordWithin: 2,
  // Names: `password` anywhere in a name, `pass`/`pwd`/`secret`/`secret_key` after a
  // non-letter (`DB_PASS`, `SECRET_KEY`), `_auth` (`REDIS_AUTH`, .npmrc `_auth`). A quoted
  // value may also follow `", "` (PHP `define('DB_PASSWORD', '…')`). Any run of spaces
  // lines assignments up; an unquoted value may end at a `\n` escape (a printed repr).
  pattern:
    /(?:password|passwd|passphrase|(?<![A-Za-z])(?:pass|pwd|secret(?:[_-]?key)?)|_auth)\\?["']?\]?(?:(?:(?:\s{0,3}|[ \t]{4,40})(?::=|=>|[:=])(?:\s{0,3}|[ \t]{4,40})|(?<=["'])[ \t]{0,3},[ \t]{0,3})(?:[rbuf]{1,2}(?=\\?["']))?\\?["']([^"'\s\\]{4,200})\\?["']|[ \t]{0,40}(?::=|[:=])[ \t]{0,40}([^\s"'`#;,(){}[\]\\][^\s"'`;,(){}[\]\\]{3,199})(?![^\s,;)\]}"'`\\]))|--(?:password|passwd)[ \t]{1,3}["']?([^\s"'`$<>{}()]{4,200})/gi,
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
