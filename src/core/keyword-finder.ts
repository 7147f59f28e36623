/** UTF-16 code unit → folded ASCII code (A-Z as a-z), 0 outside ASCII: one load per char. */
const FOLD: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    table[c] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  return table;
})();

/**
 * Finds which of many keywords occur in a text, case-insensitively, in one pass.
 *
 * Notes: a table indexed by the keywords' first two folded characters (7 bits each) lets
 * the loop skip almost every position with three array loads; only at a bigram hit are
 * the keywords starting with it compared. This replaces one `indexOf` per keyword (about
 * 75 passes over the text) and a `toLowerCase` copy, which dominated re-scanning a cell.
 */
export class KeywordFinder {
  /**
   * @param keywords - ASCII keywords of at least two characters, any case
   */
  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map(k => k.toLowerCase());
    const lists: number[][] = [];
    this.keywords.forEach((keyword, id) => {
      const key =
        (FOLD[keyword.charCodeAt(0)] << 7) | FOLD[keyword.charCodeAt(1)];
      if (this._head[key] < 0) {
        this._head[key] = lists.length;
        lists.push([]);
      }
      lists[this._head[key]].push(id);
    });
    this._lists = lists;
  }

  /** The keywords, lower-cased, in the order given; ids index into this list. */
  readonly keywords: readonly string[];

  /** Which keywords occur in `text`: `result[id]` is 1 when keyword `id` does. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.keywords.length);
    const head = this._head;
    const n = text.length - 1;
    let prev = n >= 0 ? FOLD[text.charCodeAt(0)] : 0;
    for (let i = 0; i < n; i++) {
      const next = FOLD[text.charCodeAt(i + 1)];
      const h = head[(prev << 7) | next];
      if (h >= 0) {
        this._check(text, i, this._lists[h], found);
      }
      prev = next;
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
      let k = 2;
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

  /** Index into `_lists` by bigram, -1 when no keyword starts with it. */
  private _head = new Int16Array(1 << 14).fill(-1);
  private _lists: number[][];
}
