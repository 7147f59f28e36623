/** Characters per chunk of the pair loop; also the size of its hit buffer. */
export const CHUNK = 4096;

/**
 * Positions in [from - 1, to - 1) where a raw character pair may start a keyword, written
 * to `hits`; returns their number.
 *
 * Notes: kept apart from the checks, and branch-free (every position is written, the count
 * grows by the table's 0 or 1), so this loop, where the time goes, stays small and fast
 * whatever the JIT inlines. Raw codes are masked to 7 bits, with no fold table and no
 * hash: a non-ASCII character may alias an ASCII one here, which the `KeywordFinder` checks then reject.
 */
export function pairHits(
  text: string,
  from: number,
  to: number,
  pairs: Uint8Array,
  hits: Int32Array
): number {
  let count = 0;
  let a = text.charCodeAt(from - 1) & 127;
  for (let i = from; i < to; i++) {
    const b = text.charCodeAt(i) & 127;
    hits[count] = i - 1;
    count += pairs[(a << 7) | b];
    a = b;
  }
  return count;
}
