/**
 * Recognisable, non-secret prefixes worth keeping in a masked preview: `ghp_`,
 * `github_pat_`, `sk-proj-`, `sk-ant-api03-`, `xoxb-`, `pypi-`, `glpat-`, `SG.`, `AKIA`…
 */
const PREFIX =
  /^(?:[A-Za-z]{1,10}(?:[_-][a-z]{1,7}\d{0,2}){0,2}[_-]|SG\.|sk\.|AKIA|ASIA|AIza|ya29\.|1\/\/)/;

/**
 * Mask a secret so it is safe to show in messages, logs and reports.
 *
 * Keeps a recognisable prefix and at most 4 further characters (fewer for short values,
 * never more than a quarter of them), then `…`. The full value can never be reconstructed.
 *
 * @param secret - the full secret
 * @returns e.g. `ghp_Ab12…` or `hu…`
 */
export function mask(secret: string): string {
  const prefixMatch = PREFIX.exec(secret);
  let prefix = prefixMatch ? prefixMatch[0] : '';
  // A prefix must leave most of the value hidden; a short password has no prefix.
  if (secret.length - prefix.length < 12) {
    prefix = '';
  }
  const rest = secret.length - prefix.length;
  const visible = Math.min(4, Math.floor(rest / 4));
  return `${secret.slice(0, prefix.length + visible)}…`;
}
