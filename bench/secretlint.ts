/**
 * secretlint, run the way its own CLI runs it on a file: `lintSource` from
 * `@secretlint/core` (what `@secretlint/node` calls per file) with the
 * recommend preset, on the file's raw text.
 */

/** Lints one file's raw text and resolves to the number of messages. */
export type LintText = (content: string, filePath: string) => Promise<number>;

// secretlint ships ES modules only, and tsc (module commonjs) would rewrite a
// plain `import()` into `require()`; keep a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string
) => Promise<any>;

/**
 * Loads secretlint.
 *
 * @returns a linter function, or null (with the reason) when secretlint is missing.
 */
export async function loadSecretlint(): Promise<
  { lint: LintText; version: string } | { error: string }
> {
  try {
    const core = await importEsm('@secretlint/core');
    const preset = await importEsm(
      '@secretlint/secretlint-rule-preset-recommend'
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const version: string = require('@secretlint/core/package.json').version;
    const config = {
      rules: [
        {
          id: '@secretlint/secretlint-rule-preset-recommend',
          rule: preset.creator
        }
      ]
    };
    const lint: LintText = async (content, filePath) => {
      const result = await core.lintSource({
        source: { content, filePath, ext: '.ipynb', contentType: 'text' },
        options: { config, maskSecrets: true }
      });
      return result.messages.length;
    };
    return { lint, version };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
