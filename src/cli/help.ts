/**
 * The `--help` text and the `--version` lookup.
 */
import * as fs from 'fs';
import * as path from 'path';

const PACKAGE_NAME = 'jupyterlab-credential-guard';

/** The usage text printed by `--help`. */
export const USAGE = `Usage: credential-guard scan [options] [PATH...]

Finds credentials in Jupyter notebooks (cell sources and text outputs), in
text files (.py, .env, .json, .yaml, .cfg, .ini, .toml, shell history, ...)
and known credential files, hidden ones included (~/.aws/credentials, .netrc,
.cdsapirc, kaggle.json, gcloud credentials, SSH private keys, .git-credentials,
docker config, .pypirc, .npmrc, .pgpass, ...), and credential files that other
users can read. Directories are searched recursively with the same skips as
JupyterLab's "Check my files": Python and conda environments, conda's package
cache, node_modules, git's object store, tool caches and files over 10 MB
(counted on stderr); .ipynb_checkpoints and .git/config are scanned. Binary
files are skipped. PATH defaults to '.'.

Options:
  -f, --format FORMAT  text (default), jsonl or sarif (SARIF 2.1.0)
      --show-secrets   print full values instead of masked previews
                       (never in SARIF messages)
      --disable RULE   turn a rule off; repeat it or give a comma list
  -c, --config FILE    JSON with disabledRules, customRules and allowlist,
                       the same options as the JupyterLab settings
  -j, --jobs N         scan with N worker threads (default: one per CPU
                       core; small runs use one); the output order and the
                       exit status do not depend on N
  -h, --help           show this help
  -V, --version        show the version

Output:
  text   one line per finding, 'path:cell N source:line:col  rule  title  value'
         (cells counted from 1; text files give just 'path:line:col'),
         and a summary on stderr
  jsonl  one JSON object per finding: file, rule, severity, cell (0-based
         index, null for text files), where ('source' or 'outputs[i]'),
         line, column, masked (and secret with --show-secrets)
  sarif  one SARIF 2.1.0 log for GitHub code scanning and other tools

Exit status: 0 nothing found, 1 credentials found, 2 usage or read errors
(the other files are still scanned).
`;

/**
 * The package version, read from the nearest `package.json` of this package.
 *
 * Notes: the file sits at a different depth in the sources (jest) and in the
 * compiled `lib-node/` tree, so walk upwards instead of hard-coding a path.
 */
export function packageVersion(): string {
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8'));
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') {
        return pkg.version;
      }
    } catch {
      // Not here (or unreadable): keep climbing.
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}
