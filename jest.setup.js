/**
 * Keep the test log for real warnings. Yjs warns about every cell a test builds the way
 * JupyterLab's own `insertCells` builds them (a cell made before it joins its notebook's
 * document), thousands of times per run; JupyterLab's clipboard warns that jsdom has no
 * Clipboard API each time a suite loads it. Neither says anything a test could act on.
 */
const EXPECTED_WARNINGS = [
  'Invalid access: Add Yjs type to a document before reading data.',
  '[yjs#509] Not same Y.Doc',
  'Clipboard API not available'
];

const warn = console.warn;
console.warn = (...args) => {
  const first = String(args[0]);
  if (EXPECTED_WARNINGS.some(expected => first.startsWith(expected))) {
    return;
  }
  warn(...args);
};
