/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { passwordPlaceholder } from './shared';

/**
 * Passwords given as the second element of an auth pair: `auth=("user", "pass")`,
 * `HTTPBasicAuth("user", "pass")`, a login call (`ftp.login("user", "pass")`,
 * `SentinelAPI("user", "pass", url)`), and `curl -u user:pass` on shell lines.
 *
 * Notes: every match opens with one of its keywords (`auth` at most ten characters in:
 * `HTTPDigestAuth`), so the pattern is tried only near them (`keywordWithin`). A command
 * word counts only when a blank follows it.
 */
export const basicAuthPassword: IRule = {
  id: 'basic-auth-password',
  title: 'Password in an auth tuple',
  severity: 'warning',
  description:
    'A (user, password) pair in code is readable by everyone the notebook reaches; the same password often opens other services.',
  remediation:
    'Build the pair from getpass.getpass() or environment variables, or let requests read ~/.netrc. If it was shared, change the password.',
  envName: 'PASSWORD',
  keywords: ['auth', 'curl', 'wget', 'login', 'sentinelapi'],
  keywordWithin: 10,
  pattern:
    /(?:auth|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|(?<![A-Za-z0-9_])login|SentinelAPI)\s{0,3}(?:=\s{0,3})?\(\s{0,3}[rbuf]?["'][^"'\n]{1,100}["']\s{0,3},\s{0,3}[rbuf]?["']([^"'\s]{3,200})["']|(?:curl|wget)(?=[ \t])(?:[^\n\\]|\\(?:\r?\n)?){0,300}?(?:\s-u|--user|--http-user)[ \t=]{1,3}["']?[^\s:"'$]{1,100}:([^\s"'`@$,;]{3,200})/gi,
  secretGroup: 1,
  validate: secret => !passwordPlaceholder(secret),
  samples: {
    positive: [
      `r = requests.get(url, auth=("someone", "${fakeToken(12)}"))`,
      `session.auth = HTTPBasicAuth("someone", "${fakeToken(12)}")`,
      `!curl -u someone:${fakeToken(12)} https://data.example.org/file.nc -o file.nc`,
      `ftp.login("someone", "${fakeToken(12)}")`,
      `api = SentinelAPI("someone", "${fakeToken(12)}", "https://apihub.copernicus.eu/apihub")`
    ],
    negative: [
      'requests.get(url, auth=(user, password))',
      'auth=("user", "password")',
      'auth=("me", getpass())',
      'ftp.login("anonymous", "")',
      'earthaccess.login(strategy="netrc")',
      'blogin("a", "b")'
    ]
  }
};
