// @ts-check
/**
 * A generated home directory for the "Check my files" benchmark (issue 16): notebooks
 * with image outputs, code, text and binary data files, dotfiles and known credential
 * files, a `.git` tree, a virtual environment, a pip cache and a `node_modules`, in the
 * proportions of a working scientist's home on a hub.
 *
 *   node bench/audit-home.js [DIR]
 *
 * AUDIT_BENCH_MB and AUDIT_BENCH_FILES set its size (default 200 MB and 4,000 files;
 * the issue's figure is 1000 and 20000). DIR defaults to
 * build/audit-bench/home-<MB>mb-<FILES>; a home already made with the same size and seed
 * is kept (a stamp file says so). Prints the folder's path as the last line.
 *
 * Deterministic: every byte comes from seeded generators (AUDIT_BENCH_SEED). The few
 * credentials planted in it are fake, assembled at run time by the engine's own
 * helpers: nothing in this file looks like one. Needs `jlpm build:cli` (lib-node/).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..');
const core = require(path.join(REPO_ROOT, 'lib-node/src/core'));

const FORMAT = 3; // bump when the layout changes, so that old homes are made again
const MAX_READ_BYTES = 10 * 1024 * 1024; // the server's default max_file_bytes

/**
 * What each kind of file takes of the home: its share of the file count and of the bytes.
 * Shares of bytes are of the whole; venv, git, cache and node_modules are walked past.
 */
const LAYOUT = {
  notebook: { files: 0.08, bytes: 0.42 },
  checkpoint: { files: 0.01, bytes: 0.03 },
  code: { files: 0.27, bytes: 0.05 },
  text: { files: 0.1, bytes: 0.1 },
  binary: { files: 0.1, bytes: 0.29 },
  venv: { files: 0.25, bytes: 0.04 },
  git: { files: 0.1, bytes: 0.03 },
  cache: { files: 0.05, bytes: 0.02 },
  nodeModules: { files: 0.03, bytes: 0.01 },
  huge: { files: 0.0001, bytes: 0.01 }
};

/**
 * @typedef {{ dir: string, mb: number, files: number, seed: number }} HomeOptions
 * @typedef {{ dir: string, files: number, bytes: number, planted: string[], reused: boolean }} Home
 */

/** The options from the environment and argv. */
function optionsFromEnv(argv = process.argv.slice(2)) {
  const mb = Number(process.env.AUDIT_BENCH_MB || 200);
  const files = Number(process.env.AUDIT_BENCH_FILES || 4000);
  const seed = Number(process.env.AUDIT_BENCH_SEED || 16);
  const dir = path.resolve(
    argv[0] ||
      path.join(REPO_ROOT, 'build', 'audit-bench', `home-${mb}mb-${files}`)
  );
  return { dir, mb, files, seed };
}

/**
 * Make the home (or keep the one already there with the same size and seed).
 *
 * @param {HomeOptions} options
 * @returns {Home}
 */
function makeHome(options) {
  const stampFile = path.join(options.dir, '.bench-home.json');
  const wanted = { format: FORMAT, ...options, dir: undefined };
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    if (JSON.stringify(stamp.options) === JSON.stringify(wanted)) {
      return { ...stamp.home, dir: options.dir, reused: true };
    }
  } catch {
    // No home yet, or an unfinished one: make it again.
  }
  fs.rmSync(options.dir, { recursive: true, force: true });
  const writer = new HomeWriter(options);
  writer.write();
  const home = {
    files: writer.files,
    bytes: writer.bytes,
    planted: writer.planted
  };
  fs.writeFileSync(stampFile, JSON.stringify({ options: wanted, home }));
  return { ...home, dir: options.dir, reused: false };
}

class HomeWriter {
  /** @param {HomeOptions} options */
  constructor(options) {
    this.options = options;
    this.random = core.seededRandom(options.seed);
    this.files = 0;
    this.bytes = 0;
    /** @type {string[]} paths of the files with a planted credential */
    this.planted = [];
    // One pool of random bytes, sliced at random offsets: fast, and as incompressible
    // as the images and data files it stands for.
    const poolRandom = core.seededRandom(options.seed + 1);
    this.pool = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < this.pool.length; i += 4) {
      this.pool.writeUInt32LE((poolRandom() * 2 ** 32) >>> 0, i);
    }
    this.base64Pool = this.pool.toString('base64');
  }

  write() {
    const { mb, files } = this.options;
    const totalBytes = mb * 1e6;
    const projects = Math.max(3, Math.round(files / 400));
    this.projectNames = Array.from(
      { length: projects },
      (_, i) => `${pick(this.random, PROJECT_WORDS)}-${i}`
    );
    this.credentials();
    /** @type {[keyof typeof LAYOUT, (p: string, size: number, i: number) => void, () => string][]} */
    const plan = [
      [
        'notebook',
        (p, s, i) => this.notebook(p, s, i),
        () => this.projectPath('analysis', '.ipynb')
      ],
      [
        'checkpoint',
        (p, s, i) => this.notebook(p, s, i),
        () => this.checkpointPath()
      ],
      [
        'code',
        (p, s) => this.code(p, s),
        () => this.projectPath('src', pick(this.random, CODE_EXTENSIONS))
      ],
      [
        'text',
        (p, s) => this.textData(p, s),
        () => this.projectPath('data', pick(this.random, TEXT_DATA_EXTENSIONS))
      ],
      [
        'binary',
        (p, s) => this.binary(p, s),
        () => this.projectPath('data', pick(this.random, BINARY_EXTENSIONS))
      ],
      ['venv', (p, s) => this.code(p, s), () => this.venvPath()],
      ['git', (p, s) => this.binary(p, s), () => this.gitObjectPath()],
      [
        'cache',
        (p, s) => this.binary(p, s),
        () => `.cache/pip/http/${this.hex(2)}/${this.hex(2)}/${this.hex(40)}`
      ],
      ['nodeModules', (p, s) => this.code(p, s), () => this.nodeModulePath()],
      [
        'huge',
        (p, s) => this.textData(p, s),
        () => this.projectPath('logs', '.txt')
      ]
    ];
    for (const [kind, write, place] of plan) {
      const share = LAYOUT[kind];
      const count = Math.max(1, Math.round(files * share.files));
      const mean = (totalBytes * share.bytes) / count;
      for (let i = 0; i < count; i++) {
        let size =
          kind === 'huge'
            ? Math.max(MAX_READ_BYTES + 1, mean)
            : mean * (0.25 + 1.5 * this.random());
        if (kind === 'notebook' && this.random() < 0.04) {
          size = Math.min(9.5e6, mean * 8); // a few long executed notebooks
        }
        write(place(), Math.round(size), i);
      }
    }
    this.gitTree();
    this.venvMarkers();
  }

  // --- places ---------------------------------------------------------------------

  projectPath(/** @type {string} */ sub, /** @type {string} */ ext) {
    const project = pick(this.random, this.projectNames);
    const depth = Math.floor(this.random() * 3);
    const parts = [project, sub];
    for (let d = 0; d < depth; d++) {
      parts.push(`${pick(this.random, FOLDER_WORDS)}_${d}`);
    }
    parts.push(`${pick(this.random, FILE_WORDS)}_${this.hex(6)}${ext}`);
    return parts.join('/');
  }

  checkpointPath() {
    const project = pick(this.random, this.projectNames);
    return `${project}/analysis/.ipynb_checkpoints/${pick(this.random, FILE_WORDS)}_${this.hex(6)}-checkpoint.ipynb`;
  }

  venvPath() {
    const pkg = pick(this.random, PACKAGES);
    return `.venv/lib/python3.11/site-packages/${pkg}/${pick(this.random, FILE_WORDS)}_${this.hex(6)}.py`;
  }

  gitObjectPath() {
    const project = this.projectNames[0];
    return `${project}/.git/objects/${this.hex(2)}/${this.hex(38)}`;
  }

  nodeModulePath() {
    const project = this.projectNames[this.projectNames.length - 1];
    return `${project}/web/node_modules/${pick(this.random, JS_PACKAGES)}/lib/${pick(this.random, FILE_WORDS)}_${this.hex(6)}.js`;
  }

  // --- contents -------------------------------------------------------------------

  /**
   * An executed notebook of about `size` bytes: code cells, stream outputs and PNG plots.
   *
   * @param {string} file
   * @param {number} size
   * @param {number} index
   */
  notebook(file, size, index) {
    const cells = [];
    let bytes = 400;
    let n = 0;
    const withToken = index % 97 === 5;
    while (bytes < size || n < 2) {
      const source = this.codeLines(3 + Math.floor(this.random() * 12)).join(
        '\n'
      );
      /** @type {any[]} */
      const outputs = [];
      if (this.random() < 0.45 && size - bytes > 20000) {
        const imageBytes = Math.min(
          size - bytes,
          Math.round(20000 + this.random() * 180000)
        );
        outputs.push({
          output_type: 'display_data',
          metadata: {},
          data: {
            'image/png': 'iVBORw0KGgo' + this.base64(imageBytes),
            'text/plain': '<Figure size 640x480 with 1 Axes>'
          }
        });
      }
      if (this.random() < 0.5) {
        outputs.push({
          output_type: 'stream',
          name: 'stdout',
          text:
            this.codeLines(1 + Math.floor(this.random() * 6)).join('\n') + '\n'
        });
      }
      cells.push({
        cell_type: 'code',
        execution_count: n + 1,
        id: this.hex(8),
        metadata: {},
        outputs,
        source
      });
      bytes +=
        source.length +
        200 +
        outputs.reduce((s, o) => s + JSON.stringify(o).length, 0);
      n++;
    }
    if (withToken) {
      cells.splice(1, 0, {
        cell_type: 'code',
        execution_count: null,
        id: this.hex(8),
        metadata: {},
        outputs: [],
        source: `GITHUB_TOKEN = "${core.fakeGithubToken('ghp', `${this.options.seed}-${file}`)}"`
      });
      this.planted.push(file);
    }
    this.put(
      file,
      JSON.stringify({
        cells,
        metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
        nbformat: 4,
        nbformat_minor: 5
      })
    );
  }

  /** Python-like code of about `size` bytes. */
  code(/** @type {string} */ file, /** @type {number} */ size) {
    const lines = [];
    let bytes = 0;
    while (bytes < size) {
      const line = this.codeLines(1)[0];
      lines.push(line);
      bytes += line.length + 1;
    }
    this.put(file, lines.join('\n') + '\n');
  }

  /** CSV, JSON or plain text of about `size` bytes. */
  textData(/** @type {string} */ file, /** @type {number} */ size) {
    const rows = ['time,lat,lon,sst,quality'];
    let bytes = rows[0].length;
    let t = 0;
    while (bytes < size) {
      const row = `2024-01-${String(1 + (t % 28)).padStart(2, '0')}T${String(t % 24).padStart(2, '0')}:00,${(this.random() * 180 - 90).toFixed(4)},${(this.random() * 360 - 180).toFixed(4)},${(270 + this.random() * 35).toFixed(3)},${Math.floor(this.random() * 4)}`;
      rows.push(row);
      bytes += row.length + 1;
      t++;
    }
    const text = rows.join('\n') + '\n';
    this.put(
      file,
      file.endsWith('.json')
        ? JSON.stringify({ columns: rows[0].split(','), rows: rows.slice(1) })
        : text
    );
  }

  /** Random bytes: images, arrays, git objects. */
  binary(/** @type {string} */ file, /** @type {number} */ size) {
    const parts = [];
    let left = size;
    while (left > 0) {
      const n = Math.min(left, this.pool.length / 2);
      const at = Math.floor(this.random() * (this.pool.length - n));
      parts.push(this.pool.subarray(at, at + n));
      left -= n;
    }
    this.put(file, Buffer.concat(parts));
  }

  /** The known credential files and a few leaks, all fake and made now. */
  credentials() {
    const seed = this.options.seed;
    const project = this.projectNames[1 % this.projectNames.length];
    const files = {
      '.aws/credentials': `[default]\naws_access_key_id = ${core.fakeAwsKeyId('AKIA', `${seed}-a`)}\naws_secret_access_key = ${core.fakeAwsSecret(`${seed}-b`)}\n`,
      '.netrc': `machine urs.earthdata.nasa.gov login someone password ${core.fakeToken(14, undefined, `${seed}-c`)}\n`,
      '.git-credentials': `https://someone:${core.fakeGithubToken('ghp', `${seed}-d`)}@github.com\n`,
      '.kaggle/kaggle.json': JSON.stringify({
        username: 'someone',
        key: core.fakeHex(32, `${seed}-e`)
      }),
      '.ssh/id_rsa': core.fakePem('RSA '),
      [`${project}/.env`]: `DATABASE_URL=postgres://app:${core.fakeToken(20, undefined, `${seed}-f`)}@db.internal:5432/app\nGITHUB_TOKEN=${core.fakeGithubToken('ghp', `${seed}-g`)}\n`
    };
    for (const [file, text] of Object.entries(files)) {
      this.put(file, text, 0o600);
      this.planted.push(file);
    }
    // Ordinary dotfiles, clean.
    this.put(
      '.bashrc',
      'export PATH="$HOME/.local/bin:$PATH"\nalias ll="ls -l"\n'
    );
    this.put(
      '.gitconfig',
      '[user]\n\tname = Someone\n\temail = someone@example.org\n'
    );
    this.put(
      '.bash_history',
      this.codeLines(200)
        .map(l => `python -c '${l.replace(/'/g, '')}'`)
        .join('\n') + '\n'
    );
    this.put(
      '.config/matplotlib/matplotlibrc',
      'backend: Agg\nfigure.dpi: 100\n'
    );
    this.put(
      '.jupyter/lab/user-settings/@jupyterlab/apputils-extension/themes.jupyterlab-settings',
      '{"theme": "JupyterLab Light"}\n'
    );
  }

  gitTree() {
    const project = this.projectNames[0];
    this.put(`${project}/.git/HEAD`, 'ref: refs/heads/main\n');
    this.put(
      `${project}/.git/config`,
      '[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/someone/analysis.git\n'
    );
    this.put(`${project}/.git/refs/heads/main`, this.hex(40) + '\n');
    this.put(`${project}/.git/description`, 'Unnamed repository\n');
  }

  venvMarkers() {
    this.put(
      '.venv/pyvenv.cfg',
      'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.2\n'
    );
    this.put(
      `${this.projectNames[this.projectNames.length - 1]}/web/package.json`,
      '{"name": "web", "private": true}\n'
    );
  }

  // --- helpers ----------------------------------------------------------------------

  /** @param {number} count */
  codeLines(count) {
    const out = [];
    for (let i = 0; i < count; i++) {
      const v = `${pick(this.random, FILE_WORDS)}_${Math.floor(this.random() * 1000)}`;
      const template = Math.floor(this.random() * 6);
      switch (template) {
        case 0:
          out.push(
            `${v} = xr.open_dataset(files[${i}], engine="h5netcdf", chunks={"time": 24})`
          );
          break;
        case 1:
          out.push(
            `${v} = earthaccess.search_data(short_name="ATL06", count=${i + 10})`
          );
          break;
        case 2:
          out.push(
            `    result["${v}"] = np.nanmean(ds["sst"].values) * 0.01 + 273.15  # kelvin`
          );
          break;
        case 3:
          out.push(
            `url = "https://data.example.org/api/v1/collections/C${1000 + i}-POCLOUD/items?page=${i}"`
          );
          break;
        case 4:
          out.push(
            `print(f"step {${i}}: {len(${v})} granules, checksum ${this.hex(24)}")`
          );
          break;
        default:
          out.push(
            `def ${v}(ds, weights=None):  # ${pick(this.random, FOLDER_WORDS)} ${pick(this.random, FILE_WORDS)}`
          );
      }
    }
    return out;
  }

  /** @param {number} length */
  base64(length) {
    const at = Math.floor(this.random() * (this.base64Pool.length - length));
    return length <= this.base64Pool.length
      ? this.base64Pool.slice(at, at + length)
      : this.base64Pool
          .repeat(Math.ceil(length / this.base64Pool.length))
          .slice(0, length);
  }

  /** @param {number} length */
  hex(length) {
    let out = '';
    for (let i = 0; i < length; i++) {
      out += HEX[Math.floor(this.random() * 16)];
    }
    return out;
  }

  /**
   * @param {string} file
   * @param {string | Buffer} content
   * @param {number} [mode]
   */
  put(file, content, mode = 0o644) {
    const full = path.join(this.options.dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content, { mode });
    this.files++;
    this.bytes += Buffer.byteLength(content);
  }
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 */
function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

const HEX = '0123456789abcdef';
const PROJECT_WORDS = [
  'sea-ice',
  'ocean-heat',
  'glacier',
  'aerosol',
  'drought',
  'soil-moisture',
  'phenology',
  'snowpack'
];
const FOLDER_WORDS = [
  'regrid',
  'monthly',
  'figures',
  'raw',
  'clean',
  'v2',
  'archive',
  'scratch'
];
const FILE_WORDS = [
  'anomaly',
  'trend',
  'climatology',
  'mask',
  'granule',
  'tile',
  'stats',
  'plot',
  'merge',
  'subset'
];
const PACKAGES = [
  'numpy',
  'xarray',
  'pandas',
  'dask',
  'matplotlib',
  'scipy',
  'netCDF4',
  'requests',
  'boto3',
  'earthaccess'
];
const JS_PACKAGES = ['lodash', 'd3', 'react', 'leaflet'];
const CODE_EXTENSIONS = [
  '.py',
  '.py',
  '.py',
  '.R',
  '.sh',
  '.md',
  '.yaml',
  '.toml'
];
const TEXT_DATA_EXTENSIONS = ['.csv', '.csv', '.json', '.txt'];
const BINARY_EXTENSIONS = ['.nc', '.png', '.npy', '.parquet', '.h5', '.zip'];

module.exports = { makeHome, optionsFromEnv };

if (require.main === module) {
  const options = optionsFromEnv();
  const started = Date.now();
  const home = makeHome(options);
  console.error(
    `${home.reused ? 'kept' : 'made'} a home of ${home.files} files, ${(home.bytes / 1e6).toFixed(1)} MB, ` +
      `${home.planted.length} with planted (fake) credentials, in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
  console.log(home.dir);
}
