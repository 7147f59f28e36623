import { pairKey } from './text-bytes';

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
 * Notes: this loop is where the keyword pass spends its time, so it reads two bytes per
 * step from a typed array (keeping them for the next step), stays apart from the checks,
 * and is branch-free (every index is written, the count grows by 0 or 1). `pairs` must
 * hold one entry past `count`.
 */
export function gramHits(
  pairs: Uint16Array,
  count: number,
  marked: Int32Array,
  hits: Int32Array
): number {
  let found = 0;
  let pair = pairs[0];
  for (let j = 0; j < count; j++) {
    const next = pairs[j + 1];
    const w = pair | (next << 16) | FOLD4;
    const four = Math.imul(w, GOLDEN) >>> SHIFT;
    const three = Math.imul(w & TRI, GOLDEN) >>> SHIFT;
    hits[found] = j;
    found +=
      ((marked[four >> 5] >> (four & 31)) |
        (marked[three >> 5] >> (three & 31))) &
      1;
    pair = next;
  }
  return found;
}
