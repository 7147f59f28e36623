const ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Reverse lookup; `-` and `_` map like `+` and `/` so base64url decodes too. */
const LOOKUP: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) {
    table[ALPHABET.charCodeAt(i)] = i;
  }
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/**
 * Decode base64 or base64url to a Latin-1 string of bytes, or `null` if it is not valid.
 *
 * Written here because the core may not rely on `atob` (DOM) or `Buffer` (Node).
 *
 * @param input - padded or unpadded base64/base64url
 */
export function decodeBase64(input: string): string | null {
  const text = input.replace(/=+$/, '');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? LOOKUP[code] : -1;
    if (value < 0) {
      return null;
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/**
 * Encode a Latin-1/ASCII string as unpadded base64url (used to assemble fake JWTs).
 */
export function encodeBase64Url(input: string): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    buffer = (buffer << 8) | (input.charCodeAt(i) & 0xff);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(buffer >> bits) & 0x3f];
    }
    buffer &= 0xff;
  }
  if (bits > 0) {
    out += ALPHABET[(buffer << (6 - bits)) & 0x3f];
  }
  return out.replace(/\+/g, '-').replace(/\//g, '_');
}
