/**
 * Maps a notebook finding (cell, source line and column) to its line and
 * column in the `.ipynb` file itself, so that SARIF viewers such as GitHub
 * code scanning annotate the right line of the JSON.
 *
 * Notes: only run for notebooks that have findings. Findings in stream
 * outputs map to their exact place; in other outputs (rich data, errors,
 * ANSI-coloured streams, whose scanned text differs from the stored one) to
 * the start of the output object. nbformat 3 notebooks are not mapped.
 */

import { ICellOffsets, NotebookJsonWalker } from './notebook-json-walker';

/** A 1-based position in the raw file. */
export interface IFilePosition {
  line: number;
  column: number;
}

/**
 * Builds a locator for one notebook's raw JSON text.
 *
 * @param json - the file's text
 * @returns a function from (cell, where, line, column) to a file position, or
 *   `undefined` for it when the position cannot be found.
 */
export function notebookLocator(
  json: string
): (
  cell: number,
  where: string,
  line: number,
  column: number
) => IFilePosition | undefined {
  let cells: ICellOffsets[] = [];
  try {
    cells = new NotebookJsonWalker(json).cells();
  } catch {
    // Not the JSON shape we expect: every lookup falls back to undefined.
  }
  const lineStarts = [0];
  for (let i = json.indexOf('\n'); i !== -1; i = json.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const position = (offset: number): IFilePosition => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  return (cell, where, line, column) => {
    const offsets = cells[cell];
    if (!offsets) {
      return undefined;
    }
    if (where === 'source') {
      const raw = sourceOffset(json, offsets.source, line, column);
      return raw === undefined ? undefined : position(raw);
    }
    const output = offsets.outputs[Number(/\d+/.exec(where)?.[0])];
    if (output === undefined) {
      return undefined;
    }
    const exact =
      output.type === 'stream' && !output.ansi
        ? sourceOffset(json, output.text, line, column)
        : undefined;
    return position(exact ?? output.start);
  };
}

/**
 * Walks the decoded characters of the source strings until decoded line and
 * column match, and returns the raw offset there.
 */
function sourceOffset(
  json: string,
  tokens: number[],
  line: number,
  column: number
): number | undefined {
  let l = 1;
  let c = 1;
  for (const start of tokens) {
    let i = start + 1; // after the opening quote
    while (i < json.length && json[i] !== '"') {
      if (l === line && c === column) {
        return i;
      }
      let decoded = json[i];
      let width = 1;
      if (decoded === '\\') {
        const esc = json[i + 1];
        width = esc === 'u' ? 6 : 2;
        decoded = esc === 'n' ? '\n' : esc;
      }
      if (decoded === '\n') {
        l++;
        c = 1;
      } else {
        c++;
      }
      i += width;
    }
  }
  return undefined;
}
