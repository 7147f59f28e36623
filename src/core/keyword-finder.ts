import { CHUNK, pairHits } from './pair-hits';

/** UTF-16 code unit → folded ASCII code (A-Z as a-z), 0 outside ASCII: one load per char. */
const FOLD: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    table[c] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  return table;
})();

/** Size of the trigram table: folded trigrams are hashed into 16 bits. */
const TRIGRAM_BITS = 16;

/** A 16-bit hash of three folded characters (collisions are resolved by comparing). */
function trigram(a: number, b: number, c: number): number {
  return ((a << 10) ^ (b << 5) ^ c ^ (a >> 3)) & ((1 << TRIGRAM_BITS) - 1);
}

/**
 * Finds which of many keywords occur in a text, case-insensitively, in one pass.
 *
 * Notes: the loop only tests each pair of raw characters against a 16K-entry table of
 * pairs that start a keyword in some case: one load per character, no folding and no
 * hashing, so the megabytes of HTML reprs in executed notebooks go by quickly. At a hit,
 * a table indexed by (a hash of) the first three folded characters, and a bigram table
 * for two-character keywords, name the keywords to compare. This replaces one `indexOf`
 * per keyword (about 75 passes over the text) and a `toLowerCase` copy.
 */
export class KeywordFinder {
  /**
   * @param keywords - ASCII keywords of at least two characters, any case
   */
  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map(k => k.toLowerCase());
    this.keywords.forEach((keyword, id) => {
      const a = FOLD[keyword.charCodeAt(0)];
      const b = FOLD[keyword.charCodeAt(1)];
      for (const x of [a, upper(a)]) {
        for (const y of [b, upper(b)]) {
          this._pairs[(x << 7) | y] = 1;
        }
      }
      if (keyword.length === 2) {
        add(this._short, this._shortHead, (a << 7) | b, id);
      } else {
        add(
          this._long,
          this._longHead,
          trigram(a, b, FOLD[keyword.charCodeAt(2)]),
          id
        );
      }
    });
  }

  /** The keywords, lower-cased, in the order given; ids index into this list. */
  readonly keywords: readonly string[];

  /** Which keywords occur in `text`: `result[id]` is 1 when keyword `id` does. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.keywords.length);
    const n = text.length;
    for (let from = 1; from < n; from += CHUNK) {
      const to = Math.min(n, from + CHUNK);
      const count = pairHits(text, from, to, this._pairs, this._hits);
      for (let h = 0; h < count; h++) {
        this._at(text, this._hits[h], found);
      }
    }
    return found;
  }

  /** Look for the keywords starting at `i`, a position whose first two characters may start one. */
  private _at(text: string, i: number, found: Uint8Array): void {
    const n = text.length;
    const a = FOLD[text.charCodeAt(i)];
    const b = FOLD[text.charCodeAt(i + 1)];
    const c = i + 2 < n ? FOLD[text.charCodeAt(i + 2)] : 0;
    const h = this._longHead[trigram(a, b, c)];
    if (h >= 0) {
      this._check(text, i, this._long[h], found);
    }
    const s = this._shortHead[(a << 7) | b];
    if (s >= 0) {
      this._check(text, i, this._short[s], found);
    }
  }

  private _check(
    text: string,
    at: number,
    ids: number[],
    found: Uint8Array
  ): void {
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j];
      const keyword = this.keywords[id];
      // A read past the end would deoptimise the caller: such a keyword cannot fit anyway.
      if (found[id] === 1 || at + keyword.length > text.length) {
        continue;
      }
      let k = 0;
      while (
        k < keyword.length &&
        FOLD[text.charCodeAt(at + k)] === keyword.charCodeAt(k)
      ) {
        k++;
      }
      if (k === keyword.length) {
        found[id] = 1;
      }
    }
  }

  /** Positions of the pair hits of one chunk. */
  private _hits = new Int32Array(CHUNK);
  /** 1 for each raw (7-bit) character pair that, in some case, starts a keyword. */
  private _pairs = new Uint8Array(1 << 14);
  /** Keyword ids of three or more characters, by trigram hash; -1 = none. */
  private _longHead = new Int16Array(1 << TRIGRAM_BITS).fill(-1);
  private _long: number[][] = [];
  /** Keyword ids of two characters, by bigram (7 bits each); -1 = none. */
  private _shortHead = new Int16Array(1 << 14).fill(-1);
  private _short: number[][] = [];
}

/** The upper-case code of a folded ASCII letter; other codes unchanged. */
function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

function add(
  lists: number[][],
  head: Int16Array,
  key: number,
  id: number
): void {
  if (head[key] < 0) {
    head[key] = lists.length;
    lists.push([]);
  }
  lists[head[key]].push(id);
}
