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

  /**
   * The text of the 1-based line `line` (without its newline), '' when out of range.
   *
   * @param near - when given, only the part of the line within `reach` characters of this
   *   offset: a marker is looked for near a finding, so a 20 MB single-line output is
   *   never copied or searched whole for each finding.
   */
  lineText(line: number, near?: number, reach = 1000): string {
    const starts = this._starts ?? (this._starts = lineStarts(this._text));
    if (line < 1 || line > starts.length) {
      return '';
    }
    let start = starts[line - 1];
    let end = line < starts.length ? starts[line] - 1 : this._text.length;
    if (near !== undefined) {
      start = Math.max(start, near - reach);
      end = Math.min(end, near + reach);
    }
    return start < end ? this._text.slice(start, end) : '';
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
