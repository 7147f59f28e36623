/**
 * Write bin/credential-guard-standalone.js: the command-line scanner (src/cli over src/core) as one
 * dependency-free CommonJS file, which the pre-commit hook runs with the system's `node`.
 *
 *   node scripts/build_standalone_cli.js          write it (jlpm build:standalone)
 *   node scripts/build_standalone_cli.js --check  fail if it is out of date (make test runs this)
 *   node scripts/build_standalone_cli.js --root DIR
 *                                                 build from the sources under DIR (e.g. a clean export of HEAD)
 *
 * Why a committed file: pre-commit installs a hook from a git clone at a commit. With `language: node` it runs
 * `npm install -g git+file://<clone>`, and because package.json (the JupyterLab extension's) has `build` and
 * `prepare` scripts, npm first installs every devDependency (JupyterLab's build toolchain) to run `prepare`,
 * then JupyterLab's runtime packages: hundreds of packages for a scanner that needs none, and under
 * pre-commit's environment that install fails ("tsc: not found"; ENOTEMPTY with `prepare` removed). A
 * committed bundle lets the hook be `language: script`, with no install step, as GitHub Actions commit their
 * bundled dist/.
 *
 * How: the TypeScript compiler emits exactly what `jlpm build:cli` writes to lib-node/ (same tsconfig, same
 * pinned compiler), in memory; the modules reachable from src/cli/main go into one file behind a minimal
 * CommonJS loader. No bundler on purpose: bundlers fold `'a' + 'b'` into one literal, which would reassemble
 * the sample values that src/core splits so that nothing committed looks like a credential.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { builtinModules } = require('module');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '..');
const TARGET = 'bin/credential-guard-standalone.js';
const ENTRY = 'src/cli/main.js';

const HEADER = `#!/usr/bin/env node
// credential-guard scan in one file with no dependencies: what the pre-commit hook runs (.pre-commit-hooks.yaml).
// Generated from src/cli and src/core by \`jlpm build:standalone\` (scripts/build_standalone_cli.js). Do not edit:
// change the sources and regenerate; \`make test\` fails while this file is out of date.
'use strict';
`;

// Node's own resolution, for the relative paths between the modules of the table below.
const LOADER = `
const __cache = Object.create(null);
function __load(id) {
  if (__cache[id]) {
    return __cache[id].exports;
  }
  const module = { exports: {} };
  __cache[id] = module;
  __modules[id].call(module.exports, module, module.exports, spec => __require(id, spec));
  return module.exports;
}
function __require(from, spec) {
  if (!spec.startsWith('.')) {
    return require(spec);
  }
  const base = __join(from.split('/').slice(0, -1), spec);
  for (const id of [base + '.js', base + '/index.js', base]) {
    if (__modules[id]) {
      return __load(id);
    }
  }
  throw new Error('credential-guard: missing module ' + spec + ' from ' + from);
}
function __join(dir, spec) {
  const parts = dir.slice();
  for (const part of spec.split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part !== '.') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

const { main } = __load(${JSON.stringify(ENTRY)});
// With --jobs, this same file runs in each worker thread, where main() serves scans.
Promise.resolve(main(process.argv.slice(2))).then(code => {
  process.exitCode = code;
});
`;

/**
 * Compiles tsconfig.node.json under `root` in memory, as `tsc -p tsconfig.node.json` would.
 *
 * @returns {Map<string, string>} module id (`src/cli/main.js`) -> emitted JavaScript.
 */
function compile(root) {
  const configFile = path.join(root, 'tsconfig.node.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: d => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      }
    }
  );
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    throw new Error(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: f => f,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n'
      })
    );
  }
  const outDir = parsed.options.outDir;
  const emitted = new Map();
  program.emit(undefined, (fileName, text) => {
    if (fileName.endsWith('.js')) {
      emitted.set(
        path.relative(outDir, fileName).split(path.sep).join('/'),
        text
      );
    }
  });
  return emitted;
}

/**
 * The modules reachable from ENTRY, in a stable order; fails on any require that is not relative or a Node
 * built-in, since the hook installs no packages.
 */
function reachable(emitted) {
  const seen = new Set();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const id = queue.shift();
    if (seen.has(id)) {
      continue;
    }
    if (!emitted.has(id)) {
      throw new Error(`${id} was not emitted by tsconfig.node.json`);
    }
    seen.add(id);
    for (const [, spec] of emitted
      .get(id)
      .matchAll(/\brequire\("([^"]+)"\)/g)) {
      if (!spec.startsWith('.')) {
        if (!builtinModules.includes(spec.replace(/^node:/, ''))) {
          throw new Error(
            `${id} requires the package ${spec}; the standalone scanner must not.`
          );
        }
        continue;
      }
      const base = path.posix.join(path.posix.dirname(id), spec);
      const target = [`${base}.js`, `${base}/index.js`, base].find(c =>
        emitted.has(c)
      );
      if (!target) {
        throw new Error(`${id}: cannot resolve ${spec}`);
      }
      queue.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The text of the standalone file for the sources under `root`.
 */
function standalone(root) {
  const emitted = compile(root);
  const modules = reachable(emitted).map(id => {
    const source = id.replace(/\.js$/, '.ts');
    // Module code is not re-indented: that would change the contents of multi-line template literals.
    return `// ${source}\n${JSON.stringify(id)}: function (module, exports, require) {\n${emitted.get(id).trimEnd()}\n}`;
  });
  return `${HEADER}\nconst __modules = {\n${modules.join(',\n\n')}\n};\n${LOADER}`;
}

function main(argv) {
  const option = name => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = path.resolve(option('--root') || REPO);
  const out = path.join(REPO, TARGET);
  const text = standalone(root);

  if (argv.includes('--check')) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
    if (current !== text) {
      console.error(
        `${TARGET} is out of date with src/cli and src/core: run \`jlpm build:standalone\` and commit it.`
      );
      return 1;
    }
    // pre-commit runs a `language: script` entry directly, so it must stay executable.
    if ((fs.statSync(out).mode & 0o111) === 0) {
      console.error(
        `${TARGET} is not executable: run \`chmod +x ${TARGET}\` and commit it.`
      );
      return 1;
    }
    console.log(`${TARGET} is up to date.`);
    return 0;
  }
  fs.writeFileSync(out, text);
  fs.chmodSync(out, 0o755);
  console.log(`Wrote ${TARGET} (${Math.round(text.length / 1024)} kB).`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exitCode = 2;
}
