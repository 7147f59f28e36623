import { BadFrames, batchFrames, IBatchFrame } from '../../audit/batch-frames';
import { frames } from './fake-worker';

/** `bytes` cut into chunks of `size`, as a stream delivers them. */
async function* chunks(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.subarray(at, at + size);
  }
}

async function all(source: AsyncIterable<Uint8Array>): Promise<IBatchFrame[]> {
  const out: IBatchFrame[] = [];
  for await (const frame of batchFrames(source)) {
    out.push(frame);
  }
  return out;
}

const decoded = (frame: IBatchFrame) =>
  frame.bytes ? new TextDecoder().decode(frame.bytes) : frame.status;

describe('#batchFrames', () => {
  const files = [
    'first\n',
    413,
    '',
    'ünïcode ✓ and more text\n'.repeat(20),
    404
  ];

  it.each([1, 2, 7, 64, 100000])(
    'should give the same frames for chunks of %d bytes',
    async size => {
      const out = await all(chunks(frames(files), size));
      expect(out.map(f => f.index)).toEqual([0, 1, 2, 3, 4]);
      expect(out.map(decoded)).toEqual(files);
    }
  );

  it('should give a refusal no bytes, and an empty file empty bytes', async () => {
    const [refused, empty] = await all(chunks(frames([415, '']), 3));
    expect(refused).toEqual({ index: 0, status: 415, bytes: null });
    expect(empty.bytes).toEqual(new Uint8Array(0));
  });

  it('should yield nothing for an empty answer', async () => {
    expect(await all(chunks(new Uint8Array(0), 4))).toEqual([]);
  });

  it.each([
    ['a header that is not JSON', 'nonsense\n'],
    ['a header without a status', '{"index": 0}\n'],
    ['a 200 without a size', '{"index": 0, "status": 200}\n'],
    ['a negative index', '{"index": -1, "status": 404}\n'],
    [
      'an answer cut inside a file',
      '{"index": 0, "status": 200, "size": 10}\nabc'
    ],
    ['an answer cut inside a header', '{"index": 0, "sta'],
    ['a header line that never ends', 'x'.repeat(1000)]
  ])('should throw BadFrames for %s', async (_what, text) => {
    await expect(
      all(chunks(new TextEncoder().encode(text), 5))
    ).rejects.toBeInstanceOf(BadFrames);
  });

  it('should keep the frames before a malformed part', async () => {
    const good = frames(['ok']);
    const bad = new TextEncoder().encode('garbage\n');
    const bytes = new Uint8Array([...good, ...bad]);
    const out: IBatchFrame[] = [];
    await expect(
      (async () => {
        for await (const frame of batchFrames(chunks(bytes, 4))) {
          out.push(frame);
        }
      })()
    ).rejects.toBeInstanceOf(BadFrames);
    expect(out.map(decoded)).toEqual(['ok']);
  });
});
