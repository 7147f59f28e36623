import { IEnvLookupEdit, literalStart, replaceLiteral } from './env-lookup';

/**
 * The edit that makes a credential inside a longer one-line string literal (a URL, a
 * `user:key` pair, a header) come from the environment: the literal becomes an f-string
 * with `{os.environ['NAME']}` in place of the credential, adding `import os` when the
 * code lacks it.
 *
 * #### Notes
 * Braces already in the literal are doubled, so the f-string still reads the same text.
 * The lookup uses the other quote kind: reusing the literal's own quote inside an
 * f-string needs Python 3.12. Returns `null` for what it cannot rewrite safely: no
 * literal on the line, a bytes or triple-quoted literal, or a literal that is not code
 * (a cell magic such as `%%writefile`).
 */
export function fStringLookupEdit(
  source: string,
  start: number,
  end: number,
  envName: string,
  hasImport = false
): IEnvLookupEdit | null {
  if (/^\s*%%/.test(source)) {
    return null;
  }
  const open = openingQuote(source, start);
  if (open < 0) {
    return null;
  }
  const quote = source[open];
  const close = closingQuote(source, end, quote);
  if (close < 0) {
    return null;
  }
  if (source[open - 1] === quote || source[close + 1] === quote) {
    return null; // triple-quoted (or an empty string beside it): left alone
  }
  const from = literalStart(source, open);
  const prefix = source.slice(from, open);
  if (/[bB]/.test(prefix)) {
    return null; // os.environ holds str, not bytes
  }
  const isF = /[fF]/.test(prefix);
  const double = (text: string) => (isF ? text : text.replace(/[{}]/g, '$&$&'));
  const inner = quote === '"' ? "'" : '"';
  const lookup = `{os.environ[${inner}${envName}${inner}]}`;
  const replacement =
    (isF ? prefix : `f${prefix.replace(/[uU]/, '')}`) +
    quote +
    double(source.slice(open + 1, start)) +
    lookup +
    double(source.slice(end, close)) +
    quote;
  return replaceLiteral(
    source,
    from,
    close + 1,
    replacement,
    envName,
    hasImport
  );
}

/**
 * The index of the unescaped quote that opens the literal around `at` on its line, or -1.
 */
function openingQuote(source: string, at: number): number {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  // Walk the line from its start, tracking the literal we are in, up to `at`.
  let inside = -1;
  for (let i = lineStart; i < at; i++) {
    const c = source[i];
    if (inside >= 0) {
      if (c === '\\') {
        i++;
      } else if (c === source[inside]) {
        inside = -1;
      }
    } else if (c === '"' || c === "'") {
      inside = i;
    } else if (c === '#') {
      return -1; // a comment
    }
  }
  return inside;
}

/**
 * The index of the unescaped `quote` that closes the literal after `from` on its line,
 * or -1.
 */
function closingQuote(source: string, from: number, quote: string): number {
  for (let i = from; i < source.length && source[i] !== '\n'; i++) {
    if (source[i] === '\\') {
      i++;
    } else if (source[i] === quote) {
      return i;
    }
  }
  return -1;
}
