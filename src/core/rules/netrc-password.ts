/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { passwordPlaceholder } from './shared';

/** netrc's own keywords: a value that is one of them means the password was left out. */
const NETRC_WORDS = /^(?:machine|login|password|account|macdef|default)$/;

/**
 * Passwords in `.netrc` entries (`machine … login … password …`, `default …`, tokens in
 * any order) for any host; the
 * Earthdata and wandb rules report their own hosts first.
 */
export const netrcPassword: IRule = {
  id: 'netrc-password',
  title: 'Password in a .netrc entry',
  severity: 'error',
  description:
    'A .netrc entry is a reusable login for its host: written into a notebook, it is readable by everyone the notebook reaches.',
  remediation:
    "Write ~/.netrc from a terminal (mode 600), never from a notebook cell, or use the tool's own login command. If it was shared, change the password for that host.",
  envName: 'NETRC_PASSWORD',
  keywords: ['machine', 'default'],
  // An entry starts with `machine <host>` or `default`; its tokens come in any order and
  // on any lines (netrc(5)), so `login` and `account` may sit before or after `password`.
  // A `default` entry must name its login: "default password is …" is a sentence.
  pattern:
    /(?:machine(?:\s|\\n){1,10}[A-Za-z0-9.-]{1,253}(?:(?:\s|\\n){1,10}(?:login|account)(?:\s|\\n){1,10}[^\s"'`]{1,100}){0,2}|(?<![A-Za-z0-9_-])default(?:(?:\s|\\n){1,10}(?:login|account)(?:\s|\\n){1,10}[^\s"'`]{1,100}){1,2})(?:\s|\\n){1,10}password[ \t]{1,10}([^\s"'`]{1,200})/g,
  secretGroup: 1,
  priority: -1,
  validate: secret => !NETRC_WORDS.test(secret) && !passwordPlaceholder(secret),
  samples: {
    positive: [
      `!echo "machine data.example.org login me password ${fakeToken(12)}" >> ~/.netrc`,
      `machine data.example.org password ${fakeToken(12)} login me`,
      `default login anonymous password ${fakeToken(12)}`
    ],
    negative: [
      'machine {host} login {user} password {password}',
      'machine learning login password tips',
      'default password is printed on the label'
    ]
  }
};
