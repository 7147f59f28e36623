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

/** A 1-based position in the raw file. */
export interface IFilePosition {
  line: number;
  column: number;
}

/** Where a cell's parts start in the raw JSON (offsets). */
interface ICellOffsets {
  /** Offsets of the string tokens that make up `source`, in order. */
  source: number[];
  outputs: IOutputOffsets[];
}

/** Where one output starts, and the string tokens of a stream's `text`. */
interface IOutputOffsets {
  start: number;
  type: string | null;
  text: number[];
  /** The text has ESC characters, which the engine strips (ANSI colours): offsets differ. */
  ansi: boolean;
}

// An ESC character as JSON writes it; a raw one is checked with `includes`.
const ESCAPED_ESC = /\\u001[bB]/;

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
    cells = new Walker(json).cells();
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

/** A minimal JSON walker that records only where cells' parts start. */
class Walker {
  constructor(text: string) {
    this._text = text;
  }

  cells(): ICellOffsets[] {
    const out: ICellOffsets[] = [];
    this._object(key => {
      if (key !== 'cells') {
        return false;
      }
      this._array(() => {
        const cell: ICellOffsets = { source: [], outputs: [] };
        out.push(cell);
        this._object(cellKey => {
          if (cellKey === 'source') {
            this._strings(cell.source);
            return true;
          }
          if (cellKey === 'outputs') {
            this._array(() => cell.outputs.push(this._output()));
            return true;
          }
          return false;
        });
      });
      return true;
    });
    return out;
  }

  /** Records one output's start, type and stream text tokens. */
  private _output(): IOutputOffsets {
    const out: IOutputOffsets = {
      start: this._pos,
      type: null,
      text: [],
      ansi: false
    };
    if (this._text[this._pos] !== '{') {
      this._skipValue();
      return out;
    }
    this._object(key => {
      this._ws();
      if (key === 'output_type' && this._text[this._pos] === '"') {
        const start = this._pos;
        this._string();
        out.type = JSON.parse(this._text.slice(start, this._pos));
        return true;
      }
      if (key === 'text') {
        const start = this._pos;
        this._strings(out.text);
        const raw = this._text.slice(start, this._pos);
        out.ansi = raw.includes('\u001b') || ESCAPED_ESC.test(raw);
        return true;
      }
      return false;
    });
    return out;
  }

  /** Records the offsets of a multiline string: one string or a list of them. */
  private _strings(into: number[]): void {
    this._ws();
    if (this._text[this._pos] === '"') {
      into.push(this._pos);
      this._string();
    } else {
      this._array(() => {
        into.push(this._pos);
        this._string();
      });
    }
  }

  /** Iterates an object; `onKey` returns true when it consumed the value. */
  private _object(onKey: (key: string) => boolean): void {
    this._expect('{');
    this._ws();
    if (this._text[this._pos] === '}') {
      this._pos++;
      return;
    }
    for (;;) {
      this._ws();
      const keyStart = this._pos;
      this._string();
      const key = JSON.parse(this._text.slice(keyStart, this._pos));
      this._ws();
      this._expect(':');
      this._ws();
      if (!onKey(key)) {
        this._skipValue();
      }
      this._ws();
      if (this._text[this._pos++] === '}') {
        return;
      }
    }
  }

  /** Iterates an array, calling `onItem` at the start of each element. */
  private _array(onItem: () => void): void {
    this._ws();
    this._expect('[');
    this._ws();
    if (this._text[this._pos] === ']') {
      this._pos++;
      return;
    }
    for (;;) {
      this._ws();
      onItem();
      this._ws();
      if (this._text[this._pos++] === ']') {
        return;
      }
    }
  }

  private _skipValue(): void {
    this._ws();
    const ch = this._text[this._pos];
    if (ch === '"') {
      this._string();
    } else if (ch === '{') {
      this._object(() => false);
    } else if (ch === '[') {
      this._array(() => this._skipValue());
    } else {
      // Number, true, false, null: runs up to the next delimiter.
      const rest = /[,}\]\s]/g;
      rest.lastIndex = this._pos;
      const m = rest.exec(this._text);
      this._pos = m ? m.index : this._text.length;
    }
  }

  private _string(): void {
    this._expect('"');
    // indexOf jumps over long base64 payloads; count backslashes for escapes.
    for (;;) {
      const end = this._text.indexOf('"', this._pos);
      if (end === -1) {
        throw new Error('unterminated string');
      }
      let slashes = 0;
      for (let i = end - 1; this._text[i] === '\\'; i--) {
        slashes++;
      }
      this._pos = end + 1;
      if (slashes % 2 === 0) {
        return;
      }
    }
  }

  private _ws(): void {
    while (/\s/.test(this._text[this._pos] ?? '')) {
      this._pos++;
    }
  }

  private _expect(ch: string): void {
    if (this._text[this._pos] !== ch) {
      throw new Error(`expected ${ch} at ${this._pos}`);
    }
    this._pos++;
  }

  private _text: string;
  private _pos = 0;
}
