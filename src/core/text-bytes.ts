/** Whether this machine stores the low byte of a 16-bit number first (all current ones do). */
export const LITTLE_ENDIAN =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The 16-bit value that `TextBytes.pairs` holds for the bytes `a` then `b`. */
export function pairKey(a: number, b: number): number {
  return LITTLE_ENDIAN ? a | (b << 8) : (a << 8) | b;
}

/**
 * A text's characters as bytes, a piece at a time, in one reused buffer: ASCII stays
 * itself and anything else becomes bytes of 128 and above, which no keyword contains.
 *
 * Notes: V8 reads a string with `charCodeAt` about three times slower than a typed
 * array; `TextEncoder.encodeInto` copies natively (as UTF-8), so reading the bytes costs
 * less than reading the string. Byte positions are not character positions, but a
 * presence test needs none. Where there is no `TextEncoder`, a plain loop stands in.
 */
export class TextBytes {
  /**
   * @param maxChars - the longest piece that `write` will be given
   */
  constructor(maxChars: number) {
    // UTF-8 takes at most three bytes per UTF-16 code unit; eight zero bytes close a
    // piece, and the size is whole words.
    const size = (3 * maxChars + 8 + 3) & ~3;
    this.bytes = new Uint8Array(size);
    this.pairs = new Uint16Array(this.bytes.buffer, 0, size >> 1);
    this.words = new Int32Array(this.bytes.buffer, 0, size >> 2);
  }

  /** The bytes of the last piece written, then eight zero bytes. */
  readonly bytes: Uint8Array;

  /** The same buffer read four bytes at a time. */
  readonly words: Int32Array;

  /** The same buffer read two bytes at a time: `pairs[j]` is bytes 2j and 2j + 1. */
  readonly pairs: Uint16Array;

  /** Write `text[from, to)`; returns the number of bytes written. */
  write(text: string, from: number, to: number): number {
    const piece =
      from === 0 && to === text.length ? text : text.slice(from, to);
    let length: number;
    if (ENCODER) {
      length = ENCODER.encodeInto(piece, this.bytes).written;
    } else {
      length = piece.length;
      for (let i = 0; i < length; i++) {
        const code = piece.charCodeAt(i);
        this.bytes[i] = code < 128 ? code : 128;
      }
    }
    this.bytes.fill(0, length, length + 8);
    return length;
  }
}

const ENCODER: InstanceType<typeof TextEncoder> | null =
  typeof TextEncoder === 'function' ? new TextEncoder() : null;
