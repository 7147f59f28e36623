#!/usr/bin/env node
// Launcher for the command-line scanner; the code is compiled to lib-node/ by
// `jlpm build:cli` (tsc -p tsconfig.node.json).
'use strict';
const { main } = require('../lib-node/src/cli/main.js');

process.exitCode = main(process.argv.slice(2));
