/** 1-based line and column of an offset. */
export interface IPosition {
  line: number;
  column: number;
}

/**
 * Maps offsets in a text to 1-based line and column.
 *
 * Notes: line starts are computed on the first lookup only, so texts without findings
 * never pay for it.
 */
export class LineIndex {
  constructor(text: string) {
    this._text = text;
  }

  /** The 1-based line and column (in UTF-16 code units) of `offset`. */
  position(offset: number): IPosition {
    const starts = this._starts ?? (this._starts = lineStarts(this._text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The text of the 1-based line `line` (without its newline), '' when out of range. */
  lineText(line: number): string {
    const starts = this._starts ?? (this._starts = lineStarts(this._text));
    if (line < 1 || line > starts.length) {
      return '';
    }
    const start = starts[line - 1];
    const next = line < starts.length ? starts[line] - 1 : this._text.length;
    return this._text.slice(start, next);
  }

  private _text: string;
  private _starts: number[] | null = null;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}
