import { gramSlot } from './gram-hits';

/**
 * Where the keyword pass looks for one keyword (its folded character codes, at least
 * two): `[slot, offset]` entries, each a gram slot (see `gramSlot`) and the keyword's
 * offset in the gram (where it starts relative to the gram's first byte, negated).
 *
 * Notes: the pass reads grams only at even byte positions, so for each parity of the
 * keyword's start it needs one gram that starts at an even byte: the rarest four or three
 * bytes of the keyword with that parity. A gram may reach one byte before or after the
 * keyword (any byte there: 128 folded values, so 128 slots), which gives a two-character
 * keyword its three-byte gram and a three-character one its four-byte gram at an odd
 * start. Grams of three or four bytes are rare in any text, including the letters and
 * digits of base64 data, where a pair such as "la" or "in" turns up every few hundred
 * bytes; the choice among a keyword's grams weighs how common its characters and
 * character pairs are in prose, code and markup.
 */
export function keywordAnchors(codes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (const parity of [0, 1]) {
    const { d, n } = bestGram(codes, parity);
    const slots = new Set<number>();
    const bytes = new Uint8Array(n);
    for (let x = 0; x < 256; x++) {
      let wild = false;
      for (let i = 0; i < n; i++) {
        const k = d + i;
        wild = wild || k < 0 || k >= codes.length;
        bytes[i] = k < 0 || k >= codes.length ? x : codes[k];
      }
      slots.add(gramSlot(bytes, n));
      if (!wild) {
        break;
      }
    }
    slots.forEach(slot => out.push([slot, d]));
  }
  return out;
}

/**
 * The gram for keywords starting at this parity: it starts at keyword offset `d` (of that
 * parity, from -1) and is `n` bytes long, with at most one byte outside the keyword. The
 * most known characters win, then the one with no byte outside (one slot, not 128), then
 * the rarest.
 */
function bestGram(codes: Uint8Array, parity: number): { d: number; n: 3 | 4 } {
  let best = { d: 0, n: 3 as 3 | 4 };
  let bestScore = [Infinity, Infinity, Infinity];
  for (let d = parity === 0 ? 0 : -1; d < codes.length; d += 2) {
    for (const n of [4, 3] as const) {
      const from = Math.max(0, d);
      const to = Math.min(codes.length, d + n);
      const known = to - from;
      if (n - known > 1 || known < 2) {
        continue;
      }
      let cost = 1;
      for (let i = from; i + 1 < to; i++) {
        cost *= pairCommonness(codes[i], codes[i + 1]);
      }
      const score = [-known, n - known, cost];
      if (less(score, bestScore)) {
        best = { d, n };
        bestScore = score;
      }
    }
  }
  return best;
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i];
    }
  }
  return false;
}

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
 * Letter pairs far more common than their letters say, measured on the text the engine
 * reads in the real-notebook corpus (cell sources and text outputs, mostly the HTML reprs
 * of xarray, pandas and dask): the 50 most frequent, in order.
 */
const COMMON_PAIRS = new Set(
  'at la as an ar in on re di ta ss da ti cl th se te pa sp iv tr co le or me va er li es ab dd it de ic he st ec el ra lo tt ea io et pe nd al im id en ty be nt'.split(
    ' '
  )
);

/** How common the pair of folded characters `a`, `b` is: the product of theirs, or more. */
function pairCommonness(a: number, b: number): number {
  const product = commonness(a) * commonness(b);
  return COMMON_PAIRS.has(String.fromCharCode(a, b)) ? 10 * product : product;
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
