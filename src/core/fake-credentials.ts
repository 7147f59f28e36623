import { base62, crc32 } from './crc32';
import { BECH32_CHARSET, bech32WithChecksum } from './bech32';
import { encodeBase64Url } from './base64';
import { fakeToken } from './fake-token';

/** Upper-case letters and digits 2-7: the alphabet of AWS key ids. */
const AWS_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';

/**
 * A GitHub classic token with a correct CRC32 checksum, assembled at run time.
 *
 * @param prefix - `ghp`, `gho`, `ghu`, `ghs` or `ghr`
 * @param seed - optional seed for a reproducible value
 */
export function fakeGithubToken(
  prefix = 'ghp',
  seed?: number | string
): string {
  const random = fakeToken(30, undefined, seed);
  return `${prefix}_${random}${base62(crc32(random), 6)}`;
}

/** An AWS access key id (`AKIA…` by default) made at run time. */
export function fakeAwsKeyId(prefix = 'AKIA', seed?: number | string): string {
  return prefix + fakeToken(16, AWS_ID_ALPHABET, seed);
}

/** A 40-character AWS-style secret access key made at run time. */
export function fakeAwsSecret(seed?: number | string): string {
  return fakeToken(
    40,
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    seed
  );
}

/** Lower-case hex of the given length (wandb keys, Kaggle keys, Jupyter tokens…). */
export function fakeHex(length: number, seed?: number | string): string {
  return fakeToken(length, HEX, seed);
}

/** A random version-4-shaped UUID. */
export function fakeUuid(seed?: number | string): string {
  const h = fakeHex(32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/**
 * A JWT-shaped token whose header decodes to JSON; the signature is random.
 *
 * @param payload - claims to encode (default: a subject and an expiry)
 */
export function fakeJwt(
  payload: Record<string, unknown> = { sub: 'user', exp: 1700000000 },
  header: Record<string, unknown> = { typ: 'JWT', alg: 'RS256' }
): string {
  const head = encodeBase64Url(JSON.stringify(header));
  const body = encodeBase64Url(JSON.stringify(payload));
  const sig = fakeToken(43, undefined) + '-' + fakeToken(42, undefined);
  return `${head}.${body}.${sig}`;
}

/** Base64 body lines for a fake PEM private key (64 characters per line). */
export function fakePemBody(lines = 4): string[] {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = ['MIIE' + fakeToken(60, alphabet)];
  for (let i = 1; i < lines; i++) {
    out.push(fakeToken(64, alphabet));
  }
  return out;
}

/**
 * A whole fake PEM private key block, lines joined by `newline`.
 *
 * @param kind - the word before `PRIVATE KEY` (`RSA `, `EC `, `OPENSSH `, `` for PKCS#8…)
 */
export function fakePem(kind = 'RSA ', newline = '\n'): string {
  const label = `${kind}PRIVATE KEY`;
  return [
    `-----BEGIN ${label}-----`,
    ...fakePemBody(),
    `-----END ${label}-----`
  ].join(newline);
}

/** An age secret key (`AGE-SECRET-KEY-1…`, upper-case bech32) with a valid checksum. */
export function fakeAgeSecretKey(seed?: number | string): string {
  const data = fakeToken(52, BECH32_CHARSET, seed);
  return bech32WithChecksum('age-secret-key-', data).toUpperCase();
}
