/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule } from '../types';
import { chosenPasswordShape, nameLike, passwordPlaceholder } from './shared';

/**
 * Whether a value after "password is" reads as a password: it mixes letters with digits
 * or symbols, as people choose passwords, and is not a word, a name, a placeholder, a
 * template or a variable.
 */
function chosenPassword(secret: string, context: IMatchContext): boolean {
  const value = secret.replace(/[.,;!?]+$/, '');
  if (value.length < 6 || passwordPlaceholder(value)) {
    return false;
  }
  if (!chosenPasswordShape(value)) {
    return false; // a word ("is required"), or digits alone (a count, a year, a PIN length)
  }
  if (/^[{<$[(]|[}>\])]$|^\*+$|x{4,}/i.test(value)) {
    return false; // `{password}`, `<password>`, `$PASSWORD`, `****`, `xxxx`
  }
  if (nameLike(value) && !/\d/.test(value)) {
    return false; // `is_admin`, `PasswordField`
  }
  // "Password is 8-16 characters" and the like describe a rule, not a password.
  const after = context.text.slice(context.end, context.end + 24);
  return !/^\s*(?:characters|chars|digits|letters|long|or more)\b/i.test(after);
}

/**
 * Passwords written in words: "my password is …", "the password was …", "the password
 * for the shared account is …", a printed
 * "Connecting with password …" or "Using password …", in prose, markdown, lists, tables
 * (`| Password | … |`) and log output, where no assignment gives them away.
 *
 * Notes: the value must read as a chosen password (letters with digits or symbols);
 * ordinary sentences that mention passwords pass.
 */
export const passwordInProse: IRule = {
  id: 'password-in-prose',
  title: 'Password written in text',
  severity: 'warning',
  description:
    'A password written out in a notebook, a comment or a printed message is readable by everyone the notebook, its outputs or exports reach.',
  remediation:
    'Remove it from the text and the outputs, and keep it in the hub secret store or a password manager. If it was shared, change the password everywhere it is used.',
  envName: 'PASSWORD',
  keywords: ['password', 'passwd', 'passphrase'],
  pattern:
    /(?<![A-Za-z_])(?:(?:with|using)[ \t]{1,3}(?:the[ \t]{1,3})?(?:password|passwd|passphrase)[ \t]{0,3}:?|(?:password|passwd|passphrase)(?:(?:[ \t]{1,3}(?:for|of|to|on)(?:[ \t]{1,3}[A-Za-z0-9._'-]{1,30}){1,5})?[ \t]{1,3}(?:is|was|would be|will be|set to)[ \t]{0,3}:?|[ \t]{0,3}\*{0,2}[ \t]{0,3}\|))[ \t]{1,3}["'`*]{0,2}([^\s"'`*|]{6,64})/gi,
  secretGroup: 1,
  priority: -2,
  validate: chosenPassword,
  samples: {
    positive: [
      `My password is ${fakeToken(10, undefined, 'pw')}7#`,
      `print("Connecting with password ${fakeToken(10, undefined, 'pw')}4!")`,
      `- the Earthdata password is \`${fakeToken(9, undefined, 'pw')}2x\``,
      `| Password | ${fakeToken(9, undefined, 'pw-table')}#4 |`,
      `The Earthdata password for the shared account is ${fakeToken(9, undefined, 'pw-for')}4!`
    ],
    negative: [
      'The password is required to log in.',
      'Your password is stored in the hub secret store.',
      'password is {password}',
      'Password is 8-16 characters long',
      'Connecting with password ********',
      '| Password | ******** |',
      'The password for this account is required to continue.',
      'The password for the archive is stored in the hub secret store.'
    ]
  }
};
