/**
 * Stable, one-way id of a (rule, secret) pair, safe to store in cell metadata.
 *
 * Two independent 32-bit FNV-1a hashes (different offset bases) give 16 hex digits: enough
 * to tell findings apart in a notebook, and the secret cannot be read back from it.
 *
 * @param ruleId - the rule that found the secret
 * @param secret - the full secret text
 */
export function fingerprint(ruleId: string, secret: string): string {
  const text = `${ruleId}\u0000${secret}`;
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
