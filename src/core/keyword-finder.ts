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
 * Notes: a table indexed by (a hash of) the keywords' first three folded characters lets
 * the loop skip almost every position with a few array loads; only at a hit are the
 * keywords starting there compared. Two-character keywords use a bigram table. Common
 * bigrams of English and HTML (`se`, `to`, `ke`…) start many keywords, so trigrams keep
 * hits rare. This replaces one `indexOf` per keyword (about 75 passes over the text) and
 * a `toLowerCase` copy, which dominated re-scanning a cell.
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
    const longHead = this._longHead;
    const shortHead = this._shortHead;
    const n = text.length;
    let a = n > 0 ? FOLD[text.charCodeAt(0)] : 0;
    let b = n > 1 ? FOLD[text.charCodeAt(1)] : 0;
    for (let i = 0; i < n - 1; i++) {
      const c = i + 2 < n ? FOLD[text.charCodeAt(i + 2)] : 0;
      const h = longHead[trigram(a, b, c)];
      if (h >= 0) {
        this._check(text, i, this._long[h], found);
      }
      const s = shortHead[(a << 7) | b];
      if (s >= 0) {
        this._check(text, i, this._short[s], found);
      }
      a = b;
      b = c;
    }
    return found;
  }

  private _check(
    text: string,
    at: number,
    ids: number[],
    found: Uint8Array
  ): void {
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j];
      if (found[id] === 1) {
        continue;
      }
      const keyword = this.keywords[id];
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

  /** Keyword ids of three or more characters, by trigram hash; -1 = none. */
  private _longHead = new Int16Array(1 << TRIGRAM_BITS).fill(-1);
  private _long: number[][] = [];
  /** Keyword ids of two characters, by bigram (7 bits each); -1 = none. */
  private _shortHead = new Int16Array(1 << 14).fill(-1);
  private _short: number[][] = [];
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
