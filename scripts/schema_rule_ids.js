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

const path = require('path');

const { ROOT, formatFor, generateFromRules } = require('./generated-file');

const TARGET = path.join(ROOT, 'schema', 'scanner.json');

/**
 * The schema as committed, with the ids of `rules` as the `disabledRules` examples.
 */
function render(rules, schemaText) {
  const schema = JSON.parse(schemaText);
  schema.properties.disabledRules.items.examples = [
    ...new Set(rules.map(rule => rule.id))
  ].sort();
  return formatFor(TARGET, JSON.stringify(schema));
}

generateFromRules({ target: TARGET, script: 'schema_rule_ids.js', render });
