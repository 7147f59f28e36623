/**
 * A clear, secret-free message for a `JSON.parse` failure.
 *
 * Notes: V8 quotes a fragment of the input in some messages (`"…" is not valid JSON`);
 * the input is a notebook that may hold a credential, so fragments are replaced by `…`
 * and the position is given as a line and column instead.
 *
 * @param error - what `JSON.parse` threw
 * @param text - the text it was parsing
 */
export function jsonErrorMessage(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  const reason = raw
    .replace(/"(?:[^"\\]|\\.){0,200}"/g, '…')
    .replace(
      /\s*\(?(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?\)?/,
      ''
    )
    .trim();
  if (!position) {
    return `invalid JSON: ${reason}`;
  }
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}
