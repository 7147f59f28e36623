import {
  fourSlot,
  GRAM_BITS,
  gramHits,
  gramSlot,
  threeSlot
} from '../../core/gram-hits';
import { TextBytes } from '../../core/text-bytes';

const bytesOf = (s: string) => Array.from(s, c => c.charCodeAt(0));

describe('#gramHits', () => {
  const mark = (marked: Int32Array, slot: number) => {
    marked[slot >> 5] |= 1 << (slot & 31);
  };

  it('should give the pairs where a marked four- or three-byte gram starts, in order', () => {
    const bytes = new TextBytes(32);
    const length = bytes.write('abcdXYZwabcdefgh', 0, 16);
    const marked = new Int32Array((1 << GRAM_BITS) >> 5);
    mark(marked, gramSlot(bytesOf('abcd'), 4)); // pairs 0 and 4
    mark(marked, gramSlot(bytesOf('xyz'), 3)); // pair 2, folded
    mark(marked, gramSlot(bytesOf('bcde'), 4)); // never aligned here, never a hit
    const hits = new Int32Array(16);
    const count = gramHits(bytes.pairs, bytes.words, length >> 1, marked, hits);
    expect(Array.from(hits.slice(0, count))).toEqual([0, 2, 4]);
  });

  it('should stop at the count, also when it is odd and the last step reads one pair more', () => {
    const bytes = new TextBytes(32);
    bytes.write('aaaaaaXYZ_', 0, 10);
    const marked = new Int32Array((1 << GRAM_BITS) >> 5);
    mark(marked, gramSlot(bytesOf('xyz'), 3)); // pair 3
    const hits = new Int32Array(16);
    expect(gramHits(bytes.pairs, bytes.words, 3, marked, hits)).toBe(0);
    expect(gramHits(bytes.pairs, bytes.words, 4, marked, hits)).toBe(1);
    expect(hits[0]).toBe(3);
  });

  it('should read the same slots as gramSlot gives for the bytes', () => {
    const bytes = new TextBytes(8);
    bytes.write('Key_', 0, 4);
    expect(fourSlot(bytes.pairs, 0)).toBe(gramSlot(bytesOf('key_'), 4));
    expect(threeSlot(bytes.pairs, 0)).toBe(gramSlot(bytesOf('KEY'), 3));
  });
});
