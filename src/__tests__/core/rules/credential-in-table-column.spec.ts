import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('credential-in-table-column', () => {
  // Made now: a chosen password and a random key.
  const pw = `${fakeToken(9, undefined, 'column')}7#`;
  const key = fakeToken(32, undefined, 'column-key');
  const found = (text: string) =>
    idsIn(text).filter(id => id === 'credential-in-table-column').length;
  const table = (header: string, rows: string[]) =>
    [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

  it.each([
    [
      'a password column',
      table('| User | Password |', [`| alice | ${pw} |`]),
      1
    ],
    [
      'a password column with alignment, bold and backticks',
      `| **User** | **Earthdata password** |\n| :--- | :---: |\n| alice | \`${pw}\` |`,
      1
    ],
    [
      'every row of the column',
      table('| User | Password | Notes |', [
        `| alice | ${pw} | staging |`,
        `| bob | ${pw.slice(1)}x | production |`
      ]),
      2
    ],
    [
      'a key column',
      table('| Service | API key |', [`| planet | ${key} |`]),
      1
    ],
    ['a token column', table('| Name | Token |', [`| ci | ${key} |`]), 1],
    [
      'after other rows and CRLF line ends',
      table('| Host | pwd |', [
        '| a | x |',
        '| b | y |',
        `| db.example.org | ${pw} |`
      ]).replace(/\n/g, '\r\n'),
      1
    ],
    [
      'another column',
      table('| Password | User |', [`| ${'*'.repeat(8)} | ${pw} |`]),
      0
    ],
    [
      'a word under Password',
      table('| Password | Used for |', ['| required | logging in |']),
      0
    ],
    [
      'a masked value',
      table('| User | Password |', ['| alice | ******** |']),
      0
    ],
    [
      'an environment variable',
      table('| Name | Token |', ['| github | $GITHUB_TOKEN |']),
      0
    ],
    [
      'a word under a key column',
      table('| Setting | Key |', ['| region | us-west-2-central |']),
      0
    ],
    [
      'a table without a delimiter row',
      `| User | Password |\n| alice | ${pw} |`,
      0
    ],
    ['a row without a table', `| alice | ${pw} |`, 0],
    ['the header row itself', table('| Password | Value |', []), 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
