/**
 * What the scripts that generate a file from the built-in rules share: reading the rules
 * from the core compiled for Node, formatting like the repository, and writing the file
 * or, with `--check`, failing when the committed one is out of date.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CORE = path.join(ROOT, 'lib-node', 'src', 'core', 'index.js');

/**
 * Generate `target` from the built-in rules with `render(rules, current)` (`current` is the
 * file as committed, or `''`), then write it, or check it when `argv` has `--check`.
 * Exits 0 when written or up to date, 1 when out of date, 2 when the rules are missing
 * or something failed. `script` names the generator in the messages.
 */
function generateFromRules({ target, script, render }) {
  const argv = process.argv.slice(2);
  const run = async () => {
    if (!fs.existsSync(CORE)) {
      console.error(
        `${path.relative(ROOT, CORE)} is missing: run \`jlpm build:cli\` first.`
      );
      return 2;
    }
    const { builtinRules } = require(CORE);
    const current = fs.existsSync(target)
      ? fs.readFileSync(target, 'utf-8')
      : '';
    const expected = await render(builtinRules, current);
    const relative = path.relative(ROOT, target);
    if (argv.includes('--check')) {
      if (current !== expected) {
        console.error(
          `${relative} is out of date: run \`jlpm build:cli && node scripts/${script}\` and commit the result.`
        );
        return 1;
      }
      console.log(`${relative} is up to date.`);
      return 0;
    }
    fs.writeFileSync(target, expected);
    console.log(`Wrote ${relative}.`);
    return 0;
  };
  run().then(
    code => {
      process.exitCode = code;
    },
    error => {
      console.error(error.message);
      process.exitCode = 2;
    }
  );
}

/**
 * `source` formatted by prettier with the repository's settings for `target`.
 */
async function formatFor(target, source) {
  const prettier = require('prettier');
  const options = (await prettier.resolveConfig(target)) || {};
  return prettier.format(source, { ...options, filepath: target });
}

module.exports = { ROOT, formatFor, generateFromRules };
