import { IEnvLookupEdit } from './env-lookup';

/**
 * The edit that turns a `%%writefile` cell holding a credential (a `.netrc`, a
 * `.cdsapirc`, any config) into Python that writes the same file with the credential
 * read from the environment, or asked for with a hidden prompt when the variable is not
 * set; the file is then made readable by its owner only.
 *
 * #### Notes
 * The whole cell is replaced, so the fix stays one undo step. The file's text becomes an
 * f-string with `{secret}` in place of the credential (its braces doubled). Returns
 * `null` for what it cannot rewrite safely: a cell that is not `%%writefile`, options
 * other than `-a`, a path with quotes, or text holding triple quotes or backslashes.
 */
export function writefileLookupEdit(
  source: string,
  start: number,
  end: number,
  envName: string
): IEnvLookupEdit | null {
  const header = /^%%writefile((?:[ \t]+-a)?)[ \t]+(\S[^\n]*?)[ \t]*\n/.exec(
    source
  );
  if (!header || start < header[0].length || end > source.length) {
    return null;
  }
  const append = header[1].trim() === '-a';
  const path = header[2];
  const body = source.slice(header[0].length);
  if (path.startsWith('-') || /["'\\]/.test(path) || /"""|\\|"$/.test(body)) {
    return null;
  }
  const offset = header[0].length;
  const escape = (text: string) => text.replace(/[{}]/g, '$&$&');
  const text =
    escape(body.slice(0, start - offset)) +
    '{secret}' +
    escape(body.slice(end - offset));
  const replacement = [
    'import getpass',
    'import os',
    'import pathlib',
    '',
    `# The credential comes from ${envName}, or a hidden prompt: never from this notebook.`,
    `secret = os.environ.get(${JSON.stringify(envName)}) or getpass.getpass(${JSON.stringify(`${envName}: `)})`,
    `target = pathlib.Path(${JSON.stringify(path)}).expanduser()`,
    `with target.open(${JSON.stringify(append ? 'a' : 'w')}) as file:`,
    `    file.write(f"""${text}""")`,
    'target.chmod(0o600)',
    'del secret'
  ].join('\n');
  return {
    source: replacement,
    from: 0,
    to: source.length,
    replacement,
    envName,
    addedImport: false
  };
}
