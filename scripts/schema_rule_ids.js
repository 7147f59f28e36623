#!/usr/bin/env node
/**
 * Write the built-in rule ids into schema/scanner.json, as the examples of `disabledRules`
 * items, so that the Settings editor offers them to pick from.
 *
 * Usage:
 *   node scripts/schema_rule_ids.js          update schema/scanner.json
 *   node scripts/schema_rule_ids.js --check  fail if it is out of date (make test runs this)
 *
 * Examples, not an enum: JupyterLab rejects a plugin's settings as a whole when one value
 * breaks its schema, so a rule id that a later release renames, or a custom rule's id,
 * must stay valid. The rules are read from the core compiled for Node (lib-node/,
 * `jlpm build:cli`), as scripts/rule_messages.js does.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const prettier = require('prettier');

const ROOT = path.resolve(__dirname, '..');
const TARGET = path.join(ROOT, 'schema', 'scanner.json');
const CORE = path.join(ROOT, 'lib-node', 'src', 'core', 'index.js');

async function render(schemaText, ids) {
  const schema = JSON.parse(schemaText);
  schema.properties.disabledRules.items.examples = ids;
  const options = (await prettier.resolveConfig(TARGET)) ?? {};
  return prettier.format(JSON.stringify(schema), {
    ...options,
    filepath: TARGET
  });
}

async function main(argv) {
  if (!fs.existsSync(CORE)) {
    console.error(
      `${path.relative(ROOT, CORE)} is missing: run \`jlpm build:cli\` first.`
    );
    return 2;
  }
  const { builtinRules } = require(CORE);
  const ids = [...new Set(builtinRules.map(rule => rule.id))].sort();
  const actual = fs.readFileSync(TARGET, 'utf-8');
  const expected = await render(actual, ids);
  const relative = path.relative(ROOT, TARGET);
  if (argv.includes('--check')) {
    if (actual !== expected) {
      console.error(
        `${relative} does not list the current rule ids: run \`jlpm build:cli && node scripts/schema_rule_ids.js\` and commit the result.`
      );
      return 1;
    }
    console.log(`${relative} lists the current rule ids.`);
    return 0;
  }
  fs.writeFileSync(TARGET, expected);
  console.log(`Wrote the ${ids.length} rule ids into ${relative}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    console.error(error);
    process.exitCode = 2;
  }
);
