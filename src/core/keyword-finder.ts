import { pairHits } from './pair-hits';
import { pairKey, TextBytes } from './text-bytes';

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

/**
 * Roughly how often a (folded) character turns up in prose, code and HTML, per mille:
 * English letter frequencies, spaces and the punctuation of code and markup.
 */
const COMMONNESS: Record<string, number> = {
  ' ': 150,
  e: 110,
  t: 80,
  a: 75,
  o: 70,
  i: 70,
  n: 65,
  s: 60,
  r: 60,
  h: 40,
  l: 40,
  d: 35,
  c: 35,
  u: 28,
  m: 25,
  p: 22,
  f: 20,
  g: 18,
  y: 15,
  w: 14,
  b: 13,
  v: 10,
  k: 8,
  x: 4,
  j: 2,
  q: 1,
  z: 1
};

/**
 * Character pairs far more common than their letters say: the tag, attribute and keyword
 * names of HTML reprs and Python code (div, span, class, style, type, value, array, data).
 */
const MARKUP_PAIRS = new Set(
  'di iv sp pa an cl la ss st ty yl yp pe va al lu ue ar rr ra ay da at ta ti tl le ab bl tr td th re'.split(
    ' '
  )
);

/** How common the pair of folded characters `a`, `b` is: the product of theirs, or more. */
function pairCommonness(a: number, b: number): number {
  const product = commonness(a) * commonness(b);
  return MARKUP_PAIRS.has(String.fromCharCode(a, b)) ? 10 * product : product;
}

function commonness(code: number): number {
  const char = String.fromCharCode(code);
  if (char in COMMONNESS) {
    return COMMONNESS[char];
  }
  if (code >= 48 && code <= 57) {
    return 15;
  }
  return '="\'<>/:.,()_-'.includes(char) ? 25 : 5;
}

/**
 * Finds which of many keywords occur in a text, case-insensitively, in one pass.
 *
 * Notes: the text is turned into bytes a piece at a time (`TextBytes`) and read two
 * bytes per step, so a keyword of three or more characters always covers one aligned
 * byte pair of two consecutive ones of its own, wherever it starts. Each keyword is
 * anchored on the two consecutive pairs that are rarest in ordinary text ("ok" and "ke"
 * in "token", not "to"), so a hit is rare; a two-character keyword is anchored on
 * itself and on every pair that holds its rarer character where an odd start puts it
 * ("k" of "sk" then anything). A 64K-entry table marks
 * the anchors; at a hit, the anchor's list of (keyword, offset) names the keywords to
 * compare. This replaces one `indexOf` per keyword (about 80 passes over the text) and a
 * `toLowerCase` copy.
 */
export class KeywordFinder {
  /**
   * @param keywords - ASCII keywords of at least two characters, any case
   */
  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map(k => k.toLowerCase());
    this._codes = this.keywords.map(k =>
      Uint8Array.from(k, c => FOLD[c.charCodeAt(0) & 255])
    );
    const lists = new Map<number, number[]>();
    const anchor = (a: number, b: number, id: number, offset: number) => {
      for (const x of cases(a)) {
        for (const y of cases(b)) {
          const key = pairKey(x, y);
          lists.set(key, [...(lists.get(key) ?? []), id, offset]);
        }
      }
    };
    this._codes.forEach((codes, id) => {
      if (codes.length === 2) {
        anchor(codes[0], codes[1], id, 0);
        // At an odd start, the aligned pairs around it hold its first or its second
        // character with any other: anchor on the rarer of the two.
        for (let x = 0; x < 256; x++) {
          if (commonness(codes[1]) <= commonness(codes[0])) {
            anchor(codes[1], x, id, 1);
          } else {
            anchor(x, codes[0], id, -1);
          }
        }
      } else {
        const o = quietestOffset(codes);
        anchor(codes[o], codes[o + 1], id, o);
        anchor(codes[o + 1], codes[o + 2], id, o + 1);
      }
    });
    this._marked = new Uint8Array(65536);
    this._first = new Int32Array(65537);
    const entries: number[] = [];
    let next = 0;
    for (const key of [...lists.keys()].sort((a, b) => a - b)) {
      this._first.fill(entries.length, next, key + 1);
      next = key + 1;
      this._marked[key] = 1;
      entries.push(...lists.get(key)!);
    }
    this._first.fill(entries.length, next);
    this._entries = Int32Array.from(entries);
    this._overlap = Math.max(1, ...this.keywords.map(k => k.length)) - 1;
    this._bytes = new TextBytes(PIECE + this._overlap);
    this._hits = new Int32Array(this._bytes.pairs.length);
  }

  /** The keywords, lower-cased, in the order given; ids index into this list. */
  readonly keywords: readonly string[];

  /** Which keywords occur in `text`: `result[id]` is 1 when keyword `id` does. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.keywords.length);
    const n = text.length;
    // Pieces overlap by a keyword's length, so one that straddles two is seen whole.
    for (let from = 0; from < n; from += PIECE) {
      const to = Math.min(n, from + PIECE + this._overlap);
      const length = this._bytes.write(text, from, to);
      const pairs = (length + 1) >> 1;
      const count = pairHits(
        this._bytes.pairs,
        pairs,
        this._marked,
        this._hits
      );
      for (let h = 0; h < count; h++) {
        this._check(2 * this._hits[h], length, found);
      }
      if (to === n) {
        break;
      }
    }
    return found;
  }

  /** Compare the keywords anchored on the pair at byte `p` with the bytes around it. */
  private _check(p: number, length: number, found: Uint8Array): void {
    const bytes = this._bytes.bytes;
    const key = this._bytes.pairs[p >> 1];
    for (let e = this._first[key]; e < this._first[key + 1]; e += 2) {
      const id = this._entries[e];
      const start = p - this._entries[e + 1];
      const codes = this._codes[id];
      if (found[id] === 1 || start < 0 || start + codes.length > length) {
        continue;
      }
      let k = 0;
      while (k < codes.length && FOLD[bytes[start + k]] === codes[k]) {
        k++;
      }
      if (k === codes.length) {
        found[id] = 1;
      }
    }
  }

  /** Each keyword's folded character codes. */
  private _codes: Uint8Array[];
  private _bytes: TextBytes;
  /** Indexes of the marked pairs of one piece. */
  private _hits: Int32Array;
  /** Characters by which pieces overlap: the longest keyword's length minus one. */
  private _overlap: number;
  /** 1 for each byte pair (a `pairKey`) that anchors some keyword. */
  private _marked: Uint8Array;
  /** The anchors' (keyword id, offset) entries, flat: `_first[key]` is where a pair's start. */
  private _first: Int32Array;
  private _entries: Int32Array;
}

/** The offset of the two consecutive character pairs of a keyword that are rarest. */
function quietestOffset(codes: Uint8Array): number {
  const pair = (i: number) => pairCommonness(codes[i], codes[i + 1]);
  let best = 0;
  let bestCost = Infinity;
  for (let o = 0; o + 2 < codes.length; o++) {
    const cost = Math.max(pair(o), pair(o + 1));
    if (cost < bestCost) {
      best = o;
      bestCost = cost;
    }
  }
  return best;
}

/** A byte and, for a lower-case letter, its upper case. */
function cases(code: number): number[] {
  return code >= 97 && code <= 122 ? [code, code - 32] : [code];
}
