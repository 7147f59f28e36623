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

/** The longest table row looked at: a longer line is no table a person writes. */
const MAX_ROW = 2000;

/**
 * The lines of a text: `starts[k]` and `ends[k]` bound line k. Lines end at a newline, or
 * at a `\n` escape: a table printed as a string's repr is one line of text.
 */
interface ILines {
  starts: number[];
  ends: number[];
}

function linesOf(text: string): ILines {
  const starts = [0];
  const ends: number[] = [];
  const separator = /\r?\n|\\n/g;
  let found: RegExpExecArray | null;
  while ((found = separator.exec(text)) !== null) {
    ends.push(found.index);
    starts.push(found.index + found[0].length);
  }
  ends.push(text.length);
  return { starts, ends };
}

/** The index of the line holding `at`. */
function lineAt(lines: ILines, at: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= at) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** The cells of a table row, trimmed: what is between its first and last pipes. */
function cellsOf(row: string): string[] {
  return row
    .slice(row.indexOf('|') + 1, row.lastIndexOf('|'))
    .split('|')
    .map(cell => cell.trim());
}

/**
 * What is known of the text last asked about: its lines, and the header cells of its
 * table rows by line (see `headerCells`). Candidates come one text at a time.
 */
let memoText: string | null = null;
let memoLines: ILines = { starts: [], ends: [] };
let memoHeaders = new Map<number, string[] | null>();

function lines(text: string): ILines {
  if (text !== memoText) {
    memoText = text;
    memoLines = linesOf(text);
    memoHeaders = new Map();
  }
  return memoLines;
}

/** The text of line `k`, or null when it is no table row (or too long for one). */
function tableRow(text: string, all: ILines, k: number): string | null {
  if (all.ends[k] - all.starts[k] > MAX_ROW) {
    return null;
  }
  const row = text.slice(all.starts[k], all.ends[k]);
  return ROW.test(row) ? row : null;
}

/**
 * The header cells of the table whose body holds line `row`, or null when it is not in
 * the body of a markdown table.
 *
 * Notes: a row's header is its upper neighbour's, so rows already asked about are kept
 * and every row of a long table is walked past once, not once per cell below it.
 */
function headerCells(text: string, all: ILines, row: number): string[] | null {
  const walked: number[] = [];
  let found: string[] | null = null;
  for (let k = row; ; k--) {
    const known = memoHeaders.get(k);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(k);
    if (k === 0) {
      break;
    }
    const above = text.slice(all.starts[k - 1], all.ends[k - 1]);
    if (
      all.ends[k - 1] - all.starts[k - 1] <= MAX_ROW &&
      DELIMITER.test(above)
    ) {
      const header = k >= 2 ? tableRow(text, all, k - 2) : null;
      found = header === null ? null : cellsOf(header);
      break;
    }
    if (tableRow(text, all, k - 1) === null) {
      break; // the table ended above without a header
    }
  }
  for (const k of walked) {
    memoHeaders.set(k, found);
  }
  return found;
}

/**
 * The header of the column the match's value is in, lower-cased and without markup, or
 * null when the value is not in the body of a markdown table.
 */
export function columnHeader(context: IMatchContext): string | null {
  const { text, match } = context;
  const all = lines(text);
  const k = lineAt(all, match.index);
  if (tableRow(text, all, k) === null) {
    return null;
  }
  // The match opens with the pipe before its cell: the pipes before it count the column.
  const column = text.slice(all.starts[k], match.index).split('|').length - 1;
  const header = headerCells(text, all, k)?.[column];
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
