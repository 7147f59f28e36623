/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { nameLike, passwordPlaceholder } from './shared';

/**
 * Whether the second string reads as a chosen password: letters and digits with a symbol
 * or both cases, not a name, a version, a date, a path or a hash.
 */
function passwordLike(secret: string): boolean {
  return (
    secret.length >= 8 &&
    /[A-Za-z]/.test(secret) &&
    /\d/.test(secret) &&
    (/[#@%&!$*^~+=?]/.test(secret) ||
      (/[a-z]/.test(secret) && /[A-Z]/.test(secret))) &&
    !nameLike(secret) &&
    !passwordPlaceholder(secret) &&
    !/[/\\]|\.[a-z]{2,4}$|^\d{4}-\d\d|^[0-9a-f]+$/i.test(secret)
  );
}

/**
 * A (user, password) pair printed as a Python tuple, `('analyst', '…')`: what a
 * notebook shows when it echoes the `auth` it built, with no name beside the password.
 */
export const userPasswordTuple: IRule = {
  id: 'user-password-tuple',
  title: 'User and password pair',
  severity: 'warning',
  description:
    'A printed (user, password) pair shows the login to everyone the notebook and its outputs reach.',
  remediation:
    'Do not echo the credentials: read them with getpass or from the hub secret store, and clear the output. If it was shared, change the password.',
  envName: 'PASSWORD',
  keywords: ["', '", '", "'],
  pattern:
    /\([ \t]{0,3}['"][A-Za-z][A-Za-z0-9_.@-]{1,64}['"][ \t]{0,3},[ \t]{0,3}['"]([^'"\s]{8,128})['"][ \t]{0,3}\)/g,
  secretGroup: 1,
  priority: -2,
  validate: passwordLike,
  samples: {
    positive: [
      `('analyst', '${fakeToken(8, undefined, 'tuple')}#4')`,
      `print(("me@example.org", "${fakeToken(10, undefined, 'tuple-2')}!2"))`
    ],
    negative: [
      "('train', 'test-2019')",
      "('2020-01-01', '2020-12-31')",
      "('model', 'gpt-4o-mini')",
      "('user', 'password')"
    ]
  }
};
