/**
 * The indexes `j` in [0, count) whose byte pair `pairs[j]` is marked in `marked`, written
 * to `hits`; returns their number.
 *
 * Notes: this loop is where the keyword pass spends its time, so it reads two bytes per
 * step from a typed array, stays apart from the checks, and is branch-free (every index
 * is written, the count grows by the table's 0 or 1), whatever the JIT inlines.
 */
export function pairHits(
  pairs: Uint16Array,
  count: number,
  marked: Uint8Array,
  hits: Int32Array
): number {
  let found = 0;
  for (let j = 0; j < count; j++) {
    hits[found] = j;
    found += marked[pairs[j]];
  }
  return found;
}
