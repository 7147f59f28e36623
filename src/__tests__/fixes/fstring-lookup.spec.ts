import { fStringLookupEdit } from '../../fixes/fstring-lookup';

/**
 * Apply the f-string fix to the first occurrence of `secret` in `source`.
 */
function fix(source: string, secret: string, hasImport = true) {
  const start = source.indexOf(secret);
  return fStringLookupEdit(
    source,
    start,
    start + secret.length,
    'DB_PASSWORD',
    hasImport
  );
}

describe('#fStringLookupEdit', () => {
  it.each([
    [
      'a password inside a URL',
      'url = "postgresql://ana:Hx7pQ2mZ9k@db.example.org/sst"',
      'Hx7pQ2mZ9k',
      `url = f"postgresql://ana:{os.environ['DB_PASSWORD']}@db.example.org/sst"`
    ],
    [
      'single quotes, braces already in the text doubled',
      "msg = 'key={Hx7pQ2mZ9k} end'",
      'Hx7pQ2mZ9k',
      `msg = f'key={{{os.environ["DB_PASSWORD"]}}} end'`
    ],
    [
      'an f-string stays one, its braces untouched',
      'url = f"https://{host}/?key=Hx7pQ2mZ9k"',
      'Hx7pQ2mZ9k',
      `url = f"https://{host}/?key={os.environ['DB_PASSWORD']}"`
    ],
    [
      'a raw string keeps its prefix',
      'p = r"C:\\dir Hx7pQ2mZ9k"',
      'Hx7pQ2mZ9k',
      `p = fr"C:\\dir {os.environ['DB_PASSWORD']}"`
    ]
  ])('should rewrite %s', (_, source, secret, expected) => {
    const edit = fix(source, secret)!;
    expect(edit.source).toBe(expected);
    expect(edit.source.slice(0, edit.from) + edit.replacement).toBe(
      expected.slice(0, edit.from + edit.replacement.length)
    );
  });

  it('should add `import os` when the code lacks it', () => {
    const edit = fix('u = "https://x:Hx7pQ2mZ9k@h"', 'Hx7pQ2mZ9k', false)!;
    expect(edit.addedImport).toBe(true);
    expect(edit.source.startsWith('import os\n')).toBe(true);
  });

  it.each([
    ['a bytes literal', 'k = b"id:Hx7pQ2mZ9k"'],
    ['a triple-quoted literal', 'k = """id:Hx7pQ2mZ9k"""'],
    ['a cell magic', '%%writefile ~/.netrc\nmachine x password Hx7pQ2mZ9k'],
    ['no literal at all', 'machine x password Hx7pQ2mZ9k'],
    ['a comment', '# the key is "Hx7pQ2mZ9k" here'],
    ['an unclosed literal', 'k = "id:Hx7pQ2mZ9k']
  ])('should refuse %s', (_, source) => {
    expect(fix(source, 'Hx7pQ2mZ9k')).toBeNull();
  });
});
