import { envLookupEdit, envNameFor, importsOs } from '../../fixes/env-lookup';

/** A stand-in secret: the edit only looks at quotes and offsets. */
const SECRET = 'S'.repeat(20);

function edit(source: string, hasImport = false) {
  const start = source.indexOf(SECRET);
  return envLookupEdit(
    source,
    start,
    start + SECRET.length,
    'TOKEN',
    hasImport
  );
}

describe('#envLookupEdit', () => {
  it.each([
    ['double quotes', `t = "${SECRET}"`, 'import os\nt = os.environ["TOKEN"]'],
    ['single quotes', `t = '${SECRET}'`, 'import os\nt = os.environ["TOKEN"]'],
    [
      'a raw-string prefix',
      `t = r"${SECRET}"`,
      'import os\nt = os.environ["TOKEN"]'
    ],
    [
      'a keyword argument',
      `f(key="${SECRET}")`,
      'import os\nf(key=os.environ["TOKEN"])'
    ],
    [
      'os already imported',
      `import os\nt = "${SECRET}"`,
      'import os\nt = os.environ["TOKEN"]'
    ],
    [
      'os imported with others',
      `import sys, os\nt = "${SECRET}"`,
      'import sys, os\nt = os.environ["TOKEN"]'
    ]
  ])('should rewrite a literal with %s', (_reason, source, expected) => {
    expect(edit(source)?.source).toBe(expected);
  });

  it('should not add the import when a cell above has it', () => {
    expect(edit(`t = "${SECRET}"`, true)?.source).toBe(
      't = os.environ["TOKEN"]'
    );
  });

  it.each([
    ['inside a URL', `u = "https://${SECRET}@host"`],
    ['without quotes', `t = ${SECRET}`],
    ['in a bytes literal', `t = b"${SECRET}"`]
  ])('should refuse a secret %s', (_reason, source) => {
    expect(edit(source)).toBeNull();
  });
});

describe('#importsOs', () => {
  it.each([
    ['import os', true],
    ['  import os  # for environ', true],
    ['import os.path', false],
    ['from os import environ', false],
    ['import osgeo', false]
  ])('%s → %s', (source, expected) => {
    expect(importsOs(source)).toBe(expected);
  });
});

describe('#envNameFor', () => {
  it('should prefer the rule envName and fall back to the id', () => {
    expect(envNameFor('github-token', 'GITHUB_TOKEN')).toBe('GITHUB_TOKEN');
    expect(envNameFor('lab-api-key')).toBe('LAB_API_KEY');
    expect(envNameFor('x', 'not valid!')).toBe('X');
  });
});
