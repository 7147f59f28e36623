// @ts-check
/**
 * The benchmark's inputs: the shared corpus of real executed notebooks when it
 * is there, otherwise synthetic notebooks with image outputs made at run time.
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

/**
 * @typedef {{ file: string, bytes: number }} CorpusFile
 * @typedef {{ files: CorpusFile[], bytes: number, source: string }} Corpus
 */

/**
 * Lists `*.ipynb` in `dir`, or writes a synthetic corpus into `fallbackDir`.
 *
 * @param {string} dir - the real-notebook corpus
 * @param {string} fallbackDir - where to write synthetic notebooks if `dir` is absent
 * @returns {Corpus}
 */
function loadCorpus(dir, fallbackDir) {
  /** @type {string[]} */
  let names = [];
  try {
    names = fs.readdirSync(dir).filter(n => n.endsWith('.ipynb'));
  } catch {
    // Absent: fall through to the synthetic corpus.
  }
  let source = dir;
  if (names.length === 0) {
    fs.mkdirSync(fallbackDir, { recursive: true });
    for (let i = 0; i < 60; i++) {
      const name = `synthetic-${i}.ipynb`;
      // Sizes spread like real executed notebooks: mostly small, a few large.
      const target = 20_000 + ((i * 7919) % 13) * 90_000;
      fs.writeFileSync(path.join(fallbackDir, name), syntheticNotebook(target));
      names.push(name);
    }
    dir = fallbackDir;
    source = `${fallbackDir} (synthetic: ${names.length} notebooks)`;
  }
  names.sort();
  const files = names.map(n => {
    const file = path.join(dir, n);
    return { file, bytes: fs.statSync(file).size };
  });
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), source };
}

const CODE_LINES = [
  'import xarray as xr',
  'import matplotlib.pyplot as plt',
  "ds = xr.open_dataset('s3://example-bucket/granule.nc', engine='h5netcdf')",
  'subset = ds.sel(lat=slice(30, 45), lon=slice(-120, -100))',
  "subset['analysed_sst'].mean(dim='time').plot(cmap='viridis')",
  "plt.title('Mean sea surface temperature')",
  "print(ds.attrs.get('title'), ds.dims)"
];

/**
 * A notebook of roughly `targetBytes`, mostly base64 PNG outputs (as executed
 * plotting notebooks are), with code, markdown and stream text between them.
 *
 * @param {number} targetBytes - approximate size of the JSON
 * @returns {string} the notebook's JSON
 */
function syntheticNotebook(targetBytes) {
  const cells = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const imageBytes = Math.min(300_000, Math.max(5_000, targetBytes / 8));
    // Random bytes behind a real PNG signature: as incompressible as a plot.
    const png =
      'iVBORw0KGgoAAAANSUhEUg' +
      crypto.randomBytes(Math.floor(imageBytes * 0.75)).toString('base64');
    cells.push({
      cell_type: 'markdown',
      id: `md-${i}`,
      metadata: {},
      source: [`## Step ${i}\n`, 'Open the granule and plot a subset.\n']
    });
    cells.push({
      cell_type: 'code',
      execution_count: i + 1,
      id: `code-${i}`,
      metadata: {},
      source: CODE_LINES.map(l => l + '\n'),
      outputs: [
        {
          output_type: 'stream',
          name: 'stdout',
          text: [`Sea surface temperature ${i} ('time', 'lat', 'lon')\n`]
        },
        {
          output_type: 'display_data',
          metadata: {},
          data: {
            'image/png': png,
            'text/plain': ['<Figure size 640x480 with 2 Axes>']
          }
        }
      ]
    });
    size += png.length + 1200;
  }
  return JSON.stringify(
    {
      cells,
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
      nbformat: 4,
      nbformat_minor: 5
    },
    null,
    1
  );
}

module.exports = { loadCorpus, syntheticNotebook };
