import { writefileLookupEdit } from '../../fixes/writefile-lookup';

function fix(source: string, secret: string, envName = 'EARTHDATA_PASSWORD') {
  const start = source.indexOf(secret);
  return writefileLookupEdit(source, start, start + secret.length, envName);
}

describe('#writefileLookupEdit', () => {
  it('should write a .netrc from the environment or a prompt, owner-only', () => {
    const source =
      '%%writefile ~/.netrc\nmachine urs.earthdata.nasa.gov login ana password Qz8mVt2pLw9x\n';
    const edit = fix(source, 'Qz8mVt2pLw9x')!;
    expect(edit.from).toBe(0);
    expect(edit.to).toBe(source.length);
    expect(edit.source).not.toContain('Qz8mVt2pLw9x');
    expect(edit.source).toBe(
      [
        'import getpass',
        'import os',
        'import pathlib',
        '',
        '# The credential comes from EARTHDATA_PASSWORD, or a hidden prompt: never from this notebook.',
        'secret = os.environ.get("EARTHDATA_PASSWORD") or getpass.getpass("EARTHDATA_PASSWORD: ")',
        'target = pathlib.Path("~/.netrc").expanduser()',
        'with target.open("w") as file:',
        '    file.write(f"""machine urs.earthdata.nasa.gov login ana password {secret}\n""")',
        'target.chmod(0o600)',
        'del secret'
      ].join('\n')
    );
  });

  it('should keep append mode and double the braces of the file text', () => {
    const source = '%%writefile -a ~/.cdsapirc\nkey: {uid}:Qz8mVt2pLw9x\n';
    const edit = fix(source, 'Qz8mVt2pLw9x', 'CDSAPI_KEY')!;
    expect(edit.source).toContain('with target.open("a") as file:');
    expect(edit.source).toContain('f"""key: {{uid}}:{secret}\n"""');
  });

  it.each([
    ['not a %%writefile cell', 'password = "Qz8mVt2pLw9x"'],
    ['the secret in the header', '%%writefile Qz8mVt2pLw9x.txt\nbody\n'],
    ['a path with quotes', '%%writefile "a b.txt"\nQz8mVt2pLw9x\n'],
    ['text with triple quotes', '%%writefile x.py\nS = """Qz8mVt2pLw9x"""\n'],
    ['text with backslashes', '%%writefile x.ini\nk = C:\\Qz8mVt2pLw9x\n'],
    ['other options', '%%writefile --help x\nQz8mVt2pLw9x\n']
  ])('should refuse %s', (_, source) => {
    expect(fix(source, 'Qz8mVt2pLw9x')).toBeNull();
  });
});
