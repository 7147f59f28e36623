import { fourSlot, GRAM_BITS, gramHits, threeSlot } from './gram-hits';
import { keywordAnchors } from './keyword-anchors';
import { TextBytes } from './text-bytes';

/** Characters turned into bytes at a time: the byte buffer stays small and reused. */
const PIECE = 16384;

/** Byte → folded ASCII code (A-Z as a-z); 0 for bytes of 128 and above, in no keyword. */
const FOLD: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 128; c++) {
    table[c] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  return table;
})();

/** Anchor lists are found by the low bits of their slot. */
const LIST_MASK = 0xffff;

/**
 * Finds which of many keywords occur in a text, case-insensitively, in one pass.
 *
 * Notes: the text is turned into bytes a piece at a time (`TextBytes`) and read at even
 * byte positions only. Each keyword is anchored, for each parity of its start, on one
 * gram of three or four bytes that then starts at an even byte (see `keywordAnchors`);
 * a bitmap marks the anchors' hashed slots, so the pass costs about the same for 300
 * keywords as for 30, and a hit is rare (one in fifty positions on the real-notebook
 * corpus, against one in five when keywords were anchored on byte pairs). At a hit, the
 * lists of (slot, keyword, offset) of both grams name the keywords to compare. This
 * replaces one `indexOf` per keyword (about 300 passes over the text) and a
 * `toLowerCase` copy.
 */
export class KeywordFinder {
  /**
   * @param keywords - ASCII keywords of at least two characters, any case
   * @param positional - by keyword, whether to keep every position where it occurs
   *   (see `positions`); others are looked for until their first occurrence only
   */
  constructor(
    keywords: readonly string[],
    positional: readonly boolean[] = []
  ) {
    this.keywords = keywords.map(k => k.toLowerCase());
    this._codes = this.keywords.map(k =>
      Uint8Array.from(k, c => FOLD[c.charCodeAt(0) & 255])
    );
    this._marked = new Int32Array((1 << GRAM_BITS) >> 5);
    const lists: number[][] = [];
    this._codes.forEach((codes, id) => {
      for (const [slot, offset] of keywordAnchors(codes)) {
        this._marked[slot >> 5] |= 1 << (slot & 31);
        (lists[slot & LIST_MASK] ??= []).push(slot, id, offset);
      }
    });
    this._first = new Int32Array(LIST_MASK + 2);
    const entries: number[] = [];
    for (let key = 0; key <= LIST_MASK; key++) {
      this._first[key] = entries.length;
      entries.push(...(lists[key] ?? []));
    }
    this._first[LIST_MASK + 1] = entries.length;
    this._entries = Int32Array.from(entries);
    this._overlap = Math.max(1, ...this.keywords.map(k => k.length)) - 1;
    this._bytes = new TextBytes(PIECE + this._overlap);
    this._hits = new Int32Array(this._bytes.pairs.length);
    this._seen = new Uint8Array(this.keywords.length);
    this._positional = Uint8Array.from(this.keywords, (_k, id) =>
      positional[id] ? 1 : 0
    );
    this._positions = this.keywords.map(() => []);
    this._tidy = new Uint8Array(this.keywords.length);
  }

  /** The keywords, lower-cased, in the order given; ids index into this list. */
  readonly keywords: readonly string[];

  /** Which keywords occur in `text`: `result[id]` is 1 when keyword `id` does. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.keywords.length);
    for (const id of this.foundIds(text)) {
      found[id] = 1;
    }
    return found;
  }

  /**
   * The ids of the keywords that occur in `text`, each once, in no particular order.
   *
   * Notes: the list and the marks behind it are reused by the next call, so read it
   * before searching again. A text holds few of the keywords, and a caller that walks
   * this list instead of one flag per keyword does work in proportion to what was found.
   */
  foundIds(text: string): readonly number[] {
    const found = this._found;
    for (const id of found) {
      this._seen[id] = 0;
      this._positions[id].length = 0;
      this._tidy[id] = 0;
    }
    found.length = 0;
    this._ascii = true;
    const n = text.length;
    // Pieces overlap by a keyword's length, so one that straddles two is seen whole.
    for (let from = 0; from < n; from += PIECE) {
      const to = Math.min(n, from + PIECE + this._overlap);
      const length = this._bytes.write(text, from, to);
      // Byte offsets are character offsets only where every character is one byte.
      this._ascii &&= length === to - from;
      this._from = from;
      const pairs = this._bytes.pairs;
      const count = gramHits(
        pairs,
        this._bytes.words,
        (length + 1) >> 1,
        this._marked,
        this._hits
      );
      for (let h = 0; h < count; h++) {
        const j = this._hits[h];
        const four = fourSlot(pairs, j);
        const three = threeSlot(pairs, j);
        this._check(four, 2 * j, length);
        if (three !== four) {
          this._check(three, 2 * j, length);
        }
      }
      if (to === n) {
        break;
      }
    }
    return found;
  }

  /**
   * Where a positional keyword occurs in the text last searched, in order, as character
   * offsets; null when that text was not all ASCII (then byte offsets are not character
   * offsets), or the keyword is not positional.
   */
  positions(id: number): readonly number[] | null {
    if (!this._ascii || this._positional[id] === 0) {
      return null;
    }
    const list = this._positions[id];
    if (this._tidy[id] === 0) {
      // Pieces overlap, and the two parities' anchors find occurrences out of order.
      list.sort((a, b) => a - b);
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        if (i === 0 || list[i] !== list[kept - 1]) {
          list[kept++] = list[i];
        }
      }
      list.length = kept;
      this._tidy[id] = 1;
    }
    return list;
  }

  /** Compare the keywords anchored on `slot` with the bytes around byte `p`. */
  private _check(slot: number, p: number, length: number): void {
    const bytes = this._bytes.bytes;
    const entries = this._entries;
    const seen = this._seen;
    const key = slot & LIST_MASK;
    for (let e = this._first[key]; e < this._first[key + 1]; e += 3) {
      const id = entries[e + 1];
      const start = p - entries[e + 2];
      const codes = this._codes[id];
      if (
        entries[e] !== slot ||
        (seen[id] === 1 && this._positional[id] === 0) ||
        start < 0 ||
        start + codes.length > length
      ) {
        continue;
      }
      let k = 0;
      while (k < codes.length && FOLD[bytes[start + k]] === codes[k]) {
        k++;
      }
      if (k === codes.length) {
        if (seen[id] === 0) {
          seen[id] = 1;
          this._found.push(id);
        }
        if (this._positional[id] === 1) {
          this._positions[id].push(this._from + start);
        }
      }
    }
  }

  /** Keyword id → 1 when every occurrence is kept. */
  private _positional: Uint8Array;
  /** Keyword id → where it occurs in the last text (positional ones; cleared through `_found`). */
  private _positions: number[][];
  /** Keyword id → 1 once `_positions` of the last text is sorted. */
  private _tidy: Uint8Array;
  /** Whether the last text was all ASCII so far. */
  private _ascii = true;
  /** Where the piece being searched starts in the text. */
  private _from = 0;
  /** Keyword id → 1 when the last search found it; cleared through `_found`. */
  private _seen: Uint8Array;
  /** The ids the last search found, in the order found. */
  private _found: number[] = [];
  /** Each keyword's folded character codes. */
  private _codes: Uint8Array[];
  private _bytes: TextBytes;
  /** Indexes of the pairs of one piece where some keyword may be. */
  private _hits: Int32Array;
  /** Characters by which pieces overlap: the longest keyword's length minus one. */
  private _overlap: number;
  /** The anchors' slots, a bitmap of 2^GRAM_BITS bits. */
  private _marked: Int32Array;
  /**
   * The anchors' (slot, keyword id, offset) entries, flat, by the slot's low bits:
   * `_first[slot & LIST_MASK]` is where a list starts.
   */
  private _first: Int32Array;
  private _entries: Int32Array;
}
