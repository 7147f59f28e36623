#!/usr/bin/env node
// Launcher for the command-line scanner; the code is compiled to lib-node/ by
// `jlpm build:cli` (tsc -p tsconfig.node.json). With --jobs, this same file runs in
// each worker thread, where main() serves scans instead.
'use strict';
const { main } = require('../lib-node/src/cli/main.js');

Promise.resolve(main(process.argv.slice(2))).then(code => {
  process.exitCode = code;
});
