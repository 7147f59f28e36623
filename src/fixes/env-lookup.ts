/**
 * The edit that replaces a credential literal in Python code with an environment
 * lookup, `os.environ["NAME"]`, adding `import os` when the code lacks it.
 */
export interface IEnvLookupEdit {
  /**
   * The new source.
   */
  readonly source: string;
  /**
   * The replaced range of the old source (the literal with its quotes and prefix).
   */
  readonly from: number;
  readonly to: number;
  /**
   * What replaces it.
   */
  readonly replacement: string;
  /**
   * The environment variable the code now reads.
   */
  readonly envName: string;
  /**
   * Whether `import os` was added at the top.
   */
  readonly addedImport: boolean;
}

/**
 * Compute the replacement of the string literal holding `source.slice(start, end)`.
 *
 * @param source - the cell's source
 * @param start - offset of the secret
 * @param end - end offset of the secret
 * @param envName - the variable to read
 * @param hasImport - whether `os` is already imported (in this cell or above)
 * @returns the edit, or `null` when the secret is not the whole content of one string
 *   literal (inside a URL, an f-string, a comment…), where no safe rewrite exists
 */
export function envLookupEdit(
  source: string,
  start: number,
  end: number,
  envName: string,
  hasImport = false
): IEnvLookupEdit | null {
  const quote = source[start - 1];
  if ((quote !== '"' && quote !== "'") || source[end] !== quote) {
    return null;
  }
  const from = literalStart(source, start - 1);
  if (/[bB]/.test(source.slice(from, start - 1))) {
    // os.environ holds str, not bytes.
    return null;
  }
  return replaceLiteral(
    source,
    from,
    end + 1,
    `os.environ[${JSON.stringify(envName)}]`,
    envName,
    hasImport
  );
}

/**
 * Where the string literal whose opening quote is at `open` starts: its prefix (r, b, f,
 * u…) belongs to it, unless an identifier runs into it.
 */
export function literalStart(source: string, open: number): number {
  let from = open;
  while (from > 0 && /[rRbBuUfF]/.test(source[from - 1])) {
    from--;
  }
  // An identifier character before the prefix: not a literal prefix after all.
  return from > 0 && /[\w.]/.test(source[from - 1]) ? open : from;
}

/**
 * The edit that puts `replacement` in place of `source.slice(from, to)`, adding
 * `import os` at the top when neither the code nor the cells above import it.
 */
export function replaceLiteral(
  source: string,
  from: number,
  to: number,
  replacement: string,
  envName: string,
  hasImport: boolean
): IEnvLookupEdit {
  let result = source.slice(0, from) + replacement + source.slice(to);
  const addedImport = !hasImport && !importsOs(source);
  if (addedImport) {
    result = `import os\n${result}`;
  }
  return { source: result, from, to, replacement, envName, addedImport };
}

/**
 * Whether Python code binds the name `os` with an import statement.
 */
export function importsOs(source: string): boolean {
  return /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:[ \t]*(?:,|#|$))/m.test(
    source
  );
}

/**
 * A variable name for a rule: its `envName`, or its id in upper snake case.
 */
export function envNameFor(ruleId: string, envName?: string): string {
  if (envName && /^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) {
    return envName;
  }
  return ruleId.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
