import { pairKey, TextBytes } from '../../core/text-bytes';

describe('TextBytes', () => {
  it('should keep ASCII and turn anything else into bytes of 128 and above', () => {
    const bytes = new TextBytes(16);
    const length = bytes.write('aé…b', 0, 4);
    const written = Array.from(bytes.bytes.slice(0, length));
    expect(written[0]).toBe(97);
    expect(written[written.length - 1]).toBe(98);
    expect(written.slice(1, -1).every(b => b >= 128)).toBe(true);
  });

  it('should write a piece of the text, closed by two zero bytes', () => {
    const bytes = new TextBytes(16);
    bytes.write('zzzzzzzz', 0, 8);
    const length = bytes.write('hello world', 6, 9);
    expect(length).toBe(3);
    expect(Array.from(bytes.bytes.slice(0, 5))).toEqual([119, 111, 114, 0, 0]);
  });

  it('should read the bytes two at a time through pairs', () => {
    const bytes = new TextBytes(16);
    bytes.write('abcd', 0, 4);
    expect(bytes.pairs[0]).toBe(pairKey(97, 98));
    expect(bytes.pairs[1]).toBe(pairKey(99, 100));
  });

  it('should stand in for a missing TextEncoder with a loop', () => {
    const saved = globalThis.TextEncoder;
    jest.resetModules();
    try {
      delete (globalThis as { TextEncoder?: unknown }).TextEncoder;
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const fresh = require('../../core/text-bytes') as {
        TextBytes: typeof TextBytes;
      };
      const bytes = new fresh.TextBytes(8);
      const length = bytes.write('kéy', 0, 3);
      expect(Array.from(bytes.bytes.slice(0, length))).toEqual([107, 128, 121]);
    } finally {
      globalThis.TextEncoder = saved;
    }
  });
});
