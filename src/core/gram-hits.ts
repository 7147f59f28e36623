import { LITTLE_ENDIAN, pairKey } from './text-bytes';

/** Bits of a gram slot: the gram bitmap has 2^GRAM_BITS bits. */
export const GRAM_BITS = 20;

/** ASCII letters folded to lower case in all four bytes at once (and `@[\]^_` moved too). */
const FOLD4 = 0x20202020;

/** Keeps the first three bytes of a four-byte gram read from two pairs. */
const TRI = pairKey(255, 255) | (pairKey(255, 0) << 16);

/** Fibonacci hashing's multiplier (2^32 over the golden ratio). */
const GOLDEN = 0x9e3779b1 | 0;

const SHIFT = 32 - GRAM_BITS;

/**
 * The bitmap slot of the gram of bytes `b[0, n)` (n is 3 or 4) as the pass reads it from
 * two consecutive `TextBytes.pairs` entries: letters folded, a fourth byte cleared for a
 * three-byte gram.
 */
export function gramSlot(b: ArrayLike<number>, n: 3 | 4): number {
  const w = pairKey(b[0], b[1]) | (pairKey(b[2], n === 4 ? b[3] : 0) << 16);
  return Math.imul((w | FOLD4) & (n === 4 ? -1 : TRI), GOLDEN) >>> SHIFT;
}

/** The slot of the four-byte gram at pair `j`, one of the two that `gramHits` tests. */
export function fourSlot(pairs: Uint16Array, j: number): number {
  return Math.imul(pairs[j] | (pairs[j + 1] << 16) | FOLD4, GOLDEN) >>> SHIFT;
}

/** The slot of the three-byte gram at pair `j`, the other one that `gramHits` tests. */
export function threeSlot(pairs: Uint16Array, j: number): number {
  return (
    Math.imul((pairs[j] | (pairs[j + 1] << 16) | FOLD4) & TRI, GOLDEN) >>> SHIFT
  );
}

/**
 * The indexes `j` in [0, count) where the four or the three bytes from byte 2j (folded)
 * fall in a slot marked in `marked` (a bitmap of 2^GRAM_BITS bits), written to `hits`;
 * returns their number.
 *
 * Notes: this loop is where the keyword pass spends its time. It reads four bytes per
 * step from `words` (the same buffer as `pairs`), which gives the grams at two pairs, and
 * branches only on a hit: hits are rare (about one pair in fifty on the real-notebook
 * corpus), so the branch is well predicted, and this ran in half the time of reading a
 * pair per step branch-free. The buffer must hold zeros for eight bytes past the text.
 * On a big-endian machine, where a word is not two pairs, it reads pair by pair.
 */
export function gramHits(
  pairs: Uint16Array,
  words: Int32Array,
  count: number,
  marked: Int32Array,
  hits: Int32Array
): number {
  if (!LITTLE_ENDIAN) {
    return pairHits(pairs, count, marked, hits);
  }
  let found = 0;
  let word = words[0];
  const steps = (count + 1) >> 1;
  for (let k = 0; k < steps; k++) {
    const next = words[k + 1];
    const even = word | FOLD4;
    const odd = (word >>> 16) | (next << 16) | FOLD4;
    const a = Math.imul(even, GOLDEN) >>> SHIFT;
    const b = Math.imul(even & TRI, GOLDEN) >>> SHIFT;
    const c = Math.imul(odd, GOLDEN) >>> SHIFT;
    const d = Math.imul(odd & TRI, GOLDEN) >>> SHIFT;
    if (((marked[a >> 5] >> (a & 31)) | (marked[b >> 5] >> (b & 31))) & 1) {
      hits[found++] = 2 * k;
    }
    if (((marked[c >> 5] >> (c & 31)) | (marked[d >> 5] >> (d & 31))) & 1) {
      hits[found++] = 2 * k + 1;
    }
    word = next;
  }
  // An odd count leaves one pair past the end in the last step: drop a hit there.
  return found > 0 && hits[found - 1] >= count ? found - 1 : found;
}

/** `gramHits` a pair at a time, for big-endian machines. */
function pairHits(
  pairs: Uint16Array,
  count: number,
  marked: Int32Array,
  hits: Int32Array
): number {
  let found = 0;
  for (let j = 0; j < count; j++) {
    const four = fourSlot(pairs, j);
    const three = threeSlot(pairs, j);
    if (
      ((marked[four >> 5] >> (four & 31)) |
        (marked[three >> 5] >> (three & 31))) &
      1
    ) {
      hits[found++] = j;
    }
  }
  return found;
}
