/**
 * Shannon entropy of a string, in bits per character.
 *
 * Placeholders (`xxxx…`, `aaaa…`, `12341234…`) score low; random tokens score high.
 *
 * @param text - the candidate secret
 * @returns 0 for the empty string
 */
export function entropy(text: string): number {
  const n = text.length;
  if (n === 0) {
    return 0;
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = text[i];
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  counts.forEach(count => {
    const p = count / n;
    bits -= p * Math.log2(p);
  });
  return bits;
}
