/**
 * Blocks of an HTML output that hold no text anybody typed: style sheets and inline SVG
 * drawings. In the real-notebook corpus they are 44% of all HTML (xarray and dask reprs
 * repeat a 6 KB style sheet, icon sprites and chunk diagrams in every output), so the
 * engine leaves them out rather than reading them for every keyword and rule.
 */
const BLOCKS: readonly (readonly [open: string, close: string])[] = [
  ['<style', '</style>'],
  ['<svg', '</svg>']
];

/**
 * Shorter blocks are scanned anyway: each skip splits the text in two, and a split costs
 * more than reading a few hundred characters.
 */
const MIN_SKIPPED = 512;

/**
 * The `[start, end)` ranges of the style and SVG blocks of `html`, in order and without
 * overlap, as flat pairs.
 *
 * Notes: only the lower-case tags that generated HTML uses are recognised; anything else
 * (an unclosed block, an upper-case tag, a nested drawing) is scanned, which is the safe
 * side. Each kind of block remembers where its next opening tag is, and a kind without
 * a closing tag ahead is dropped, so every character is searched a bounded number of times.
 */
export function htmlSkips(html: string): number[] {
  const into: number[] = [];
  const next = BLOCKS.map(([open]) => findOpen(html, open, 0));
  let from = 0;
  for (;;) {
    let kind = -1;
    for (let k = 0; k < BLOCKS.length; k++) {
      if (next[k] !== -1 && next[k] < from) {
        next[k] = findOpen(html, BLOCKS[k][0], from);
      }
      if (next[k] !== -1 && (kind === -1 || next[k] < next[kind])) {
        kind = k;
      }
    }
    if (kind === -1) {
      return into;
    }
    const start = next[kind];
    const close = BLOCKS[kind][1];
    const stop = html.indexOf(close, start);
    if (stop === -1) {
      next[kind] = -1; // no closing tag ahead: no complete block of this kind either
      continue;
    }
    const end = stop + close.length;
    if (end - start >= MIN_SKIPPED) {
      into.push(start, end);
    }
    from = end;
  }
}

/** The next opening tag `open` at or after `from` that is a whole tag name (not `<svgfoo`). */
function findOpen(html: string, open: string, from: number): number {
  let at = html.indexOf(open, from);
  while (at !== -1 && !endsTagName(html, at + open.length)) {
    at = html.indexOf(open, at + 1);
  }
  return at;
}

function endsTagName(html: string, at: number): boolean {
  const c = html.charCodeAt(at);
  // '>', '/', or white space; NaN at the end of the text.
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}
