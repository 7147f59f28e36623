/** CRC-32 lookup table (IEEE polynomial, reflected), built once. */
const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 (the zlib/PNG variant) of an ASCII string.
 *
 * Used to verify the checksum that GitHub appends to its classic tokens
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/).
 * Non-ASCII code units are truncated to their low byte: tokens are ASCII anyway.
 */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The base62 digits in the order GitHub's checksum uses: 0-9, A-Z, a-z. */
export const BASE62 =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Encode a non-negative integer in base62, left-padded with `0` to `width` digits.
 */
export function base62(value: number, width: number): string {
  let out = '';
  let v = Math.floor(value);
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

/**
 * Whether a GitHub-format token (`ghp_…`, and npm's `npm_…`, which copied the format)
 * ends in its checksum: the last 6 of the 36 characters after the prefix are the base62
 * CRC32 of the 30 random ones.
 */
export function hasTokenChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
