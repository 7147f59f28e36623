import { BASE62 } from './crc32';

/** A random-number generator returning floats in [0, 1). */
export type Random = () => number;

/**
 * A small seeded PRNG (mulberry32): deterministic, so samples and tests are reproducible.
 *
 * @param seed - a number, or a string hashed to one
 */
export function seededRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shared stream used when no seed is given: deterministic across runs. */
const DEFAULT_RANDOM = seededRandom(0x5eed);

/**
 * A random-looking token of `length` characters, generated at run time.
 *
 * Samples and tests assemble fake credentials with it so that nothing committed to the
 * repository looks like a live credential.
 *
 * @param length - number of characters
 * @param alphabet - characters to draw from (default: base62)
 * @param seed - a seed for an independent stream; without it the shared seeded stream is used
 */
export function fakeToken(
  length: number,
  alphabet: string = BASE62,
  seed?: number | string
): string {
  const random = seed === undefined ? DEFAULT_RANDOM : seededRandom(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[Math.floor(random() * alphabet.length)];
  }
  return out;
}

/** FNV-1a of a string seed. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
