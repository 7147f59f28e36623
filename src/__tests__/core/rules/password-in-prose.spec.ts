import { fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('password-in-prose', () => {
  // Made now: letters with digits and a symbol, as people choose passwords.
  const pw = `${fakeToken(9, undefined, 'prose')}7#`;
  const found = (text: string) =>
    idsIn(text).filter(r => /password/.test(r)).length;

  it.each([
    ['a sentence', `My password is ${pw}`, 1],
    ['a sentence with a full stop', `The database password was ${pw}.`, 1],
    ['backticks in markdown', `- the Earthdata password is \`${pw}\``, 1],
    ['bold in markdown', `Password is **${pw}**`, 1],
    ['a table cell', `| Earthdata | password is ${pw} |`, 1],
    ['a printed log line', `print("Connecting with password ${pw}")`, 1],
    [
      '"using password"',
      `logger.info("Using password ${pw} for the archive")`,
      1
    ],
    ['"set to"', `# the admin password set to ${pw}`, 1],
    [
      '"the password for … is"',
      `The Earthdata password for the shared account is ${pw}`,
      1
    ],
    [
      'a requirement for an account',
      'The password for this account is required to continue.',
      0
    ],
    ['a rule about passwords', 'The password is 8-16 characters long.', 0],
    ['a plain sentence', 'Your password is stored in the hub secret store.', 0],
    ['a requirement', 'The password is required to log in.', 0],
    ['a template', 'The password is {password}', 0],
    ['a placeholder', 'The password is <your-password>', 0],
    ['masked', 'Connecting with password ********', 0],
    ['an environment variable', 'Connecting with password $DB_PASSWORD', 0],
    ['a word with a hyphen', 'The password is case-sensitive', 0],
    ['digits only', 'The password is 12345678', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });

  it('should find a printed password in a stream output', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: [`Connecting with password ${pw}\n`]
    };
    expect(idsInOutput(output)).toContain('password-in-prose');
  });
});
