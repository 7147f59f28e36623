/**
 * A minimal JSON walker over a notebook's raw text that records only where
 * each cell's source strings and outputs start, so positions found in the
 * decoded cells can be mapped back to the file. It jumps over everything
 * else (long base64 strings with one `indexOf`).
 */

/** Where a cell's parts start in the raw JSON (offsets). */
export interface ICellOffsets {
  /** Offsets of the string tokens that make up `source`, in order. */
  source: number[];
  outputs: IOutputOffsets[];
}

/** Where one output starts, and the string tokens of a stream's `text`. */
export interface IOutputOffsets {
  start: number;
  type: string | null;
  text: number[];
  /** The text has ESC characters, which the engine strips (ANSI colours): offsets differ. */
  ansi: boolean;
}

// An ESC character as JSON writes it; a raw one is checked with `includes`.
const ESCAPED_ESC = /\\u001[bB]/;

/**
 * Walks an nbformat 4 notebook's JSON text.
 *
 * Notes: `cells()` throws on text that is not the JSON shape it expects;
 * callers treat that as "positions unknown".
 */
export class NotebookJsonWalker {
  constructor(text: string) {
    this._text = text;
  }

  /** The offsets of every cell, in order. */
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
      if (this._delimiter('}')) {
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
      if (this._delimiter(']')) {
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

  /**
   * Consumes `,` (false) or the closing bracket (true); anything else, such
   * as the end of a truncated file, throws rather than looping forever.
   */
  private _delimiter(close: string): boolean {
    const ch = this._text[this._pos++];
    if (ch === close) {
      return true;
    }
    if (ch !== ',') {
      throw new Error(`expected , or ${close} at ${this._pos - 1}`);
    }
    return false;
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
