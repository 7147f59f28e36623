/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule } from '../types';
import {
  chosenPasswordShape,
  nameLike,
  passwordPlaceholder,
  randomLooking
} from './shared';

/** A column header that names a password. */
const PASSWORD_HEADER =
  /^(?:[a-z0-9]{1,20}[ _-])?(?:password|passwd|passphrase|pwd|pass)$/;

/** A column header that names a key or token. */
const KEY_HEADER =
  /^(?:[a-z0-9]{1,20}[ _-])?(?:api[ _-]?key|key|token|access[ _-]?token|api[ _-]?token|secret|secret[ _-]?key|client[ _-]?secret)$/;

/**
 * What may stand before a table row's first pipe: a comment marker (a table in a code
 * comment), or the quote of a printed string.
 */
const PREFIX = `[ \\t]*(?:#{1,3}[ \\t]?|//[ \\t]?|--[ \\t]?|["'])?[ \\t]*`;

/** A table row: a prefix at most, then a pipe. */
const ROW = new RegExp(`^${PREFIX}\\|`);

/** A markdown table's delimiter row: `|---|:---:|`. */
const DELIMITER = new RegExp(
  `^${PREFIX}\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*["']?$`
);

/**
 * Where the line holding `at` starts. Lines end at a newline, or at a `\n` escape: a
 * table printed as a string's repr is one line of text.
 */
function lineStart(text: string, at: number): number {
  const newline = text.lastIndexOf('\n', at - 1) + 1;
  const escape = at >= 2 ? text.lastIndexOf('\\n', at - 2) : -1;
  return Math.max(newline, escape === -1 ? 0 : escape + 2);
}

/** Where the line holding `at` ends. */
function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  const escape = text.indexOf('\\n', at);
  const ends = [newline, escape].filter(i => i !== -1);
  return ends.length === 0 ? text.length : Math.min(...ends);
}

/** The line before the one that starts at `start`, as `[start, end)`, or null. */
function previousLine(text: string, start: number): [number, number] | null {
  let end: number;
  if (text[start - 1] === '\n') {
    end = text[start - 2] === '\r' ? start - 2 : start - 1;
  } else if (start >= 2 && text.slice(start - 2, start) === '\\n') {
    end = start - 2;
  } else {
    return null;
  }
  return [lineStart(text, end), end];
}

/** The cells of a table row, trimmed: what is between its first and last pipes. */
function cellsOf(row: string): string[] {
  return row
    .slice(row.indexOf('|') + 1, row.lastIndexOf('|'))
    .split('|')
    .map(cell => cell.trim());
}

/** Header cells by row start, for the text last asked about (see `headerCells`). */
let memoText: string | null = null;
let memo = new Map<number, string[] | null>();

/**
 * The header cells of the table whose body holds the row starting at `rowStart`, or
 * null when it is not in the body of a markdown table.
 *
 * Notes: a row's header is its upper neighbour's, so rows already asked about are kept
 * (for the last text only) and every row of a long table is walked past once, not once
 * per cell below it.
 */
function headerCells(text: string, rowStart: number): string[] | null {
  if (text !== memoText) {
    memoText = text;
    memo = new Map();
  }
  const walked: number[] = [];
  let found: string[] | null = null;
  let start = rowStart;
  for (;;) {
    const known = memo.get(start);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(start);
    const line = previousLine(text, start);
    if (line === null) {
      break;
    }
    const content = text.slice(line[0], line[1]);
    if (DELIMITER.test(content)) {
      const above = previousLine(text, line[0]);
      found = above && cellsOf(text.slice(above[0], above[1]));
      break;
    }
    if (!ROW.test(content)) {
      break; // the table ended above without a header
    }
    start = line[0];
  }
  for (const row of walked) {
    memo.set(row, found);
  }
  return found;
}

/**
 * The header of the column the match's value is in, lower-cased and without markup, or
 * null when the value is not in the body of a markdown table.
 */
export function columnHeader(context: IMatchContext): string | null {
  const { text, match } = context;
  const rowStart = lineStart(text, match.index);
  if (!ROW.test(text.slice(rowStart, lineEnd(text, match.index)))) {
    return null;
  }
  // The match opens with the pipe before its cell: the pipes before it count the column.
  const column = text.slice(rowStart, match.index).split('|').length - 1;
  const header = headerCells(text, rowStart)?.[column];
  return header ? header.replace(/^[*_`]+|[*_`]+$/g, '').toLowerCase() : null;
}

function valueUnderHeader(secret: string, context: IMatchContext): boolean {
  if (passwordPlaceholder(secret) || /^[{<$[(]|[}>\])]$|x{4,}/i.test(secret)) {
    return false;
  }
  const header = columnHeader(context);
  if (header === null) {
    return false;
  }
  if (PASSWORD_HEADER.test(header)) {
    return (
      chosenPasswordShape(secret) && !(nameLike(secret) && !/\d/.test(secret))
    );
  }
  return (
    KEY_HEADER.test(header) && secret.length >= 16 && randomLooking(secret)
  );
}

/**
 * Passwords and keys in the column of a markdown table whose header names them:
 *
 *     | User  | Password     |
 *     |-------|--------------|
 *     | alice | Nb5xKc3wQm7r |
 *
 * Notes: every cell of a table row is a candidate (a text without the `---` of a
 * delimiter row is passed over); the header is found by walking up the table to its
 * delimiter row, and the value must read as a chosen password or a random key. Tables
 * in code comments and in a printed string's repr count too. The row form
 * (`| Password | … |`) is `password-in-prose`'s.
 */
export const credentialInTableColumn: IRule = {
  id: 'credential-in-table-column',
  title: 'Password or key in a table column',
  severity: 'warning',
  description:
    'A password or key written in a markdown table is readable by everyone the notebook, its exports or its rendered pages reach.',
  remediation:
    'Remove it from the table and keep it in the hub secret store or a password manager. If it was shared, change the password or revoke the key.',
  envName: 'PASSWORD',
  keywords: [
    'password',
    'passwd',
    'passphrase',
    'pwd',
    'token',
    'key',
    'secret'
  ],
  mustContain: '---',
  pattern: /\|[ \t]{0,3}[`*]{0,2}([^\s|`*]{6,100})[`*]{0,2}(?=[ \t]{0,3}\|)/g,
  secretGroup: 1,
  priority: -2,
  validate: valueUnderHeader,
  samples: {
    positive: [
      `| User | Password |\n|------|----------|\n| alice | ${fakeToken(9, undefined, 'tc-pw')}#4 |`,
      `| Service | API key |\n| :--- | :--- |\n| Planet | \`${fakeToken(32, undefined, 'tc-key')}\` |`
    ],
    negative: [
      '| User | Password |\n|------|----------|\n| alice | ******** |',
      '| User | Password |\n|------|----------|\n| alice | (ask Bob) |',
      '| Setting | Description |\n|---|---|\n| password | The password for the database |',
      '| Name | Token |\n|---|---|\n| github | $GITHUB_TOKEN |',
      '| Password | Used for |\n|---|---|\n| required | logging in |'
    ]
  }
};
