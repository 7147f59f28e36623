import { decodeBase64 } from '../base64';
import type { IInspection } from './types';

// The header of any private key format ssh reads: OpenSSH's own, PKCS#1 (RSA, DSA, EC)
// and PKCS#8, plain or encrypted. The label is the only variable part.
const HEADER =
  /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED )?)PRIVATE KEY-----/;
// A PKCS#1 key encrypted by OpenSSL says so in a header line before its body.
const LEGACY_ENCRYPTED = /^Proc-Type:[ \t]*4,ENCRYPTED/m;
// `openssh-key-v1\0`, then the cipher name as an SSH string (a 4-byte length, then bytes).
// See https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
const OPENSSH_MAGIC = 'openssh-key-v1\u0000';
// Enough base64 for the magic, the cipher name's length and the longest cipher name.
const OPENSSH_PREFIX_CHARS = 120;

/**
 * Looks at an SSH private key file: where its key starts, and whether a passphrase
 * protects it.
 *
 * @returns `null` when the text holds no private key (a public key, `known_hosts`…).
 *
 * Notes: our decision, documented in the admin guide: an unencrypted key is an `error`
 * (whoever copies the file can log in where it is authorised); an encrypted one is
 * reported as `info`, since a copy is still worth an offline guessing attack on its
 * passphrase and the key is better kept on the user's own machine, with an agent.
 */
export function inspectSshKey(text: string): IInspection | null {
  const header = HEADER.exec(text);
  if (!header) {
    return null;
  }
  const bodyStart = header.index + header[0].length;
  const spot = firstBodyLine(text, bodyStart);
  const label = header[1].trim();
  let encrypted: boolean;
  if (label === 'ENCRYPTED') {
    encrypted = true;
  } else if (label === 'OPENSSH') {
    encrypted = openSshCipher(text.slice(bodyStart)) !== 'none';
  } else {
    encrypted = LEGACY_ENCRYPTED.test(text.slice(bodyStart, bodyStart + 200));
  }
  if (!encrypted) {
    return { spot };
  }
  return {
    spot,
    severity: 'info',
    detail:
      'The key is protected by a passphrase, so a copy is not usable at once; it can still be attacked offline.'
  };
}

/**
 * The cipher an OpenSSH key is encrypted with (`none` when it is not), or `null` when
 * the body cannot be decoded, which counts as encrypted: we only call a key
 * unencrypted when we can read that it is.
 */
export function openSshCipher(body: string): string | null {
  const base64 = body
    .slice(0, OPENSSH_PREFIX_CHARS + 40)
    .replace(/\s+/g, '')
    .slice(0, OPENSSH_PREFIX_CHARS);
  const usable = base64.slice(0, base64.length - (base64.length % 4));
  const bytes = decodeBase64(usable);
  if (!bytes || !bytes.startsWith(OPENSSH_MAGIC)) {
    return null;
  }
  const at = OPENSSH_MAGIC.length;
  const length =
    ((bytes.charCodeAt(at) << 24) |
      (bytes.charCodeAt(at + 1) << 16) |
      (bytes.charCodeAt(at + 2) << 8) |
      bytes.charCodeAt(at + 3)) >>>
    0;
  if (bytes.length < at + 4 + length) {
    return null;
  }
  return bytes.slice(at + 4, at + 4 + length);
}

/** The first line of the key's body, as the place to point at. */
function firstBodyLine(text: string, from: number): IInspection['spot'] {
  const body = /[A-Za-z0-9+/=]{16,}/g;
  body.lastIndex = from;
  const match = body.exec(text);
  if (!match) {
    return null;
  }
  return {
    start: match.index,
    end: match.index + match[0].length,
    value: match[0]
  };
}
