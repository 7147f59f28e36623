// @ts-check
/**
 * secretlint, run the way its own CLI runs it on a file: `lintSource` from
 * `@secretlint/core` (what `@secretlint/node` calls per file) with the
 * recommend preset, on the file's raw text.
 */
'use strict';

/**
 * Loads secretlint (ES modules only, hence the dynamic imports).
 *
 * @returns {Promise<{ lint: (content: string, filePath: string) => Promise<number>, version: string } | { error: string }>}
 *   a function resolving to the number of messages for one file, or why
 *   secretlint could not be loaded.
 */
async function loadSecretlint() {
  try {
    const core = await import('@secretlint/core');
    const preset = await import('@secretlint/secretlint-rule-preset-recommend');
    const version = require('@secretlint/core/package.json').version;
    const config = {
      rules: [
        {
          id: '@secretlint/secretlint-rule-preset-recommend',
          rule: preset.creator
        }
      ]
    };
    /** @type {(content: string, filePath: string) => Promise<number>} */
    const lint = async (content, filePath) => {
      const result = await core.lintSource({
        source: { content, filePath, ext: '.ipynb', contentType: 'text' },
        options: { config, maskSecrets: true }
      });
      return result.messages.length;
    };
    return { lint, version };
  } catch (err) {
    return { error: /** @type {Error} */ (err).message };
  }
}

/**
 * Loads secretlint's whole Node client, as its CLI uses it: config resolution,
 * file reading and a formatter around the same rules.
 *
 * @returns {Promise<((files: string[]) => Promise<boolean>) | { error: string }>}
 *   a function linting a list of files (resolving to "no findings"), or why
 *   it could not be loaded.
 */
async function loadSecretlintEngine() {
  try {
    const node = await import('@secretlint/node');
    const engine = await node.createEngine({
      configFileJSON: {
        rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }]
      },
      formatter: 'stylish',
      color: false,
      maskSecrets: true
    });
    return async files =>
      (await engine.executeOnFiles({ filePathList: files })).ok;
  } catch (err) {
    return { error: /** @type {Error} */ (err).message };
  }
}

module.exports = { loadSecretlint, loadSecretlintEngine };
