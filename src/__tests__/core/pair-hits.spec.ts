import { pairHits } from '../../core/pair-hits';
import { pairKey, TextBytes } from '../../core/text-bytes';

describe('#pairHits', () => {
  it('should give the indexes of the marked byte pairs, in order', () => {
    const bytes = new TextBytes(16);
    const length = bytes.write('abcdabxy', 0, 8);
    const marked = new Uint8Array(65536);
    marked[pairKey(97, 98)] = 1; // "ab"
    marked[pairKey(120, 121)] = 1; // "xy"
    marked[pairKey(98, 99)] = 1; // "bc": never aligned here, never a hit
    const hits = new Int32Array(8);
    const count = pairHits(bytes.pairs, length >> 1, marked, hits);
    expect(Array.from(hits.slice(0, count))).toEqual([0, 2, 3]);
  });
});
