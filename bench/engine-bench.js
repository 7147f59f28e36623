// @ts-check
/**
 * `jlpm bench`: how fast the detection engine is, against the floor of only
 * reading and parsing the same notebooks and against secretlint.
 *
 * A benchmark, not a test: it prints figures and the targets they are judged
 * by, and never fails on timing. Every number comes from one run on the same
 * inputs, measured after a warm-up. Run it after `jlpm build:cli`: it uses the
 * engine compiled to lib-node/.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadCorpus, syntheticNotebook } = require('./corpus');
const { loadSecretlint, loadSecretlintEngine } = require('./secretlint');
const { mbPerSec, median, nowMs, quantile, timeOnce } = require('./stats');

const REPO_ROOT = path.resolve(__dirname, '..');
const { Scanner } = require(path.join(REPO_ROOT, 'lib-node/src/core'));
const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus/real-notebooks');
const SYNTHETIC_DIR = path.join(os.tmpdir(), 'credential-guard-bench-corpus');

// Odd, and enough that one disturbed round moves no median: on a shared 2-core machine
// single rounds vary by 10%. Ratios are taken per round (the two passes run back to
// back) and their median reported, so that drift between rounds cancels.
const CORPUS_ROUNDS = 9;
const CELL_WARMUP = 2_000;
const CELL_ITERATIONS = 20_000;
const BIG_NOTEBOOK_BYTES = 20_000_000;
const BIG_ROUNDS = 5;
const CLI_ROUNDS = 3;
const CLI = path.join(REPO_ROOT, 'bin', 'credential-guard.js');

const TARGET_FLOOR_RATIO = 1.5;
const TARGET_CELL_MEDIAN_MS = 0.2;

/**
 * Reads and parses every file: what any notebook scanner has to pay.
 *
 * @param {import('./corpus').Corpus} corpus
 */
function floorPass(corpus) {
  for (const { file } of corpus.files) {
    JSON.parse(fs.readFileSync(file, 'utf8'));
  }
}

/**
 * Reads and scans every file with the engine.
 *
 * @param {import('./corpus').Corpus} corpus
 * @param {any} scanner
 * @returns {number} the number of findings
 */
function enginePass(corpus, scanner) {
  let findings = 0;
  for (const { file } of corpus.files) {
    const result = scanner.scanNotebookJson(fs.readFileSync(file, 'utf8'));
    findings += result.findings.length;
  }
  return findings;
}

/**
 * Reads every file and lints its raw text with secretlint, one after another.
 *
 * @param {import('./corpus').CorpusFile[]} files
 * @param {(content: string, file: string) => Promise<number>} lint
 * @returns {Promise<number>} the number of messages
 */
async function secretlintPass(files, lint) {
  let messages = 0;
  for (const { file } of files) {
    messages += await lint(fs.readFileSync(file, 'utf8'), file);
  }
  return messages;
}

/** A 200-line code cell of the kind analysis notebooks are made of. */
function twoHundredLineCell() {
  const lines = [];
  for (let i = 0; i < 200; i++) {
    switch (i % 5) {
      case 0:
        lines.push(
          `granules_${i} = earthaccess.search_data(short_name="ATL06", count=${i})`
        );
        break;
      case 1:
        lines.push(
          `ds_${i} = xr.open_dataset(files[${i}], engine="h5netcdf", chunks={"time": 24})`
        );
        break;
      case 2:
        lines.push(
          `url_${i} = "https://data.example.org/api/v1/collections/C${1000 + i}-POCLOUD/items"`
        );
        break;
      case 3:
        lines.push(
          `    result[${i}] = np.nanmean(ds_${i - 2}["sst"].values) * 0.01 + 273.15  # kelvin`
        );
        break;
      default:
        lines.push(
          `print(f"step {${i}}: {len(granules_${i - 4})} granules, checksum 9f86d081884c7d659a2feaa0")`
        );
    }
  }
  return lines.join('\n') + '\n';
}

/** @param {string} text @param {number} width */
const pad = (text, width) => text.padEnd(width);
/** @param {number} n @param {number} [digits] */
const fmt = (n, digits = 1) => n.toFixed(digits);

async function run() {
  const started = nowMs();
  const scanner = new Scanner();
  const corpus = loadCorpus(CORPUS_DIR, SYNTHETIC_DIR);
  console.log('credential-guard engine benchmark');
  console.log(
    `node ${process.version}, ${os.cpus().length} cpus, ${scanner.rules.length} rules`
  );
  console.log(
    `corpus: ${corpus.files.length} notebooks, ${fmt(corpus.bytes / 1e6)} MB, ${corpus.source}`
  );
  console.log('');

  // (a) and (b), in interleaved rounds so that drift (other load, GC) hits both alike.
  floorPass(corpus);
  let findings = enginePass(corpus, scanner);
  const floorMs = [];
  const engineMs = [];
  for (let round = 0; round < CORPUS_ROUNDS; round++) {
    floorMs.push(timeOnce(() => floorPass(corpus)));
    engineMs.push(timeOnce(() => (findings = enginePass(corpus, scanner))));
  }
  const floor = median(floorMs);
  const engine = median(engineMs);

  // (c) secretlint on the same files' raw text: slow, so a short warm-up and one pass.
  const secretlint = await loadSecretlint();
  let slMs = NaN;
  let slMessages = 0;
  if ('lint' in secretlint) {
    await secretlintPass(corpus.files.slice(0, 10), secretlint.lint);
    const start = nowMs();
    slMessages = await secretlintPass(corpus.files, secretlint.lint);
    slMs = nowMs() - start;
  }
  // The same rules through @secretlint/node, the path its CLI takes.
  const slEngine = await loadSecretlintEngine();
  let slEngineMs = NaN;
  if (typeof slEngine === 'function') {
    await slEngine(corpus.files.slice(0, 10).map(f => f.file));
    const start = nowMs();
    await slEngine(corpus.files.map(f => f.file));
    slEngineMs = nowMs() - start;
  }

  const row = (/** @type {string} */ label, /** @type {number} */ ms) =>
    `  ${pad(label, 46)} ${pad(fmt(ms, 0) + ' ms', 10)} ${pad(fmt(mbPerSec(corpus.bytes, ms)) + ' MB/s', 12)}`;
  console.log(
    `Whole corpus (median of ${CORPUS_ROUNDS} rounds; secretlint 1 round)`
  );
  console.log(row('read + JSON.parse (floor)', floor));
  console.log(
    row('credential-guard (read + scanNotebookJson)', engine) +
      ` ${findings} findings`
  );
  if ('lint' in secretlint) {
    console.log(
      row(`secretlint ${secretlint.version} (recommend preset)`, slMs) +
        ` ${slMessages} messages`
    );
  } else {
    console.log(`  secretlint: not run (${secretlint.error})`);
  }
  if (typeof slEngine === 'function') {
    console.log(
      row('secretlint via @secretlint/node executeOnFiles', slEngineMs) +
        ` ${fmt(slEngineMs / floor, 2)}x floor`
    );
  }
  const ratio = median(engineMs.map((ms, i) => ms / floorMs[i]));
  console.log(
    `  ours/floor ${fmt(ratio, 2)}x (target <= ${TARGET_FLOOR_RATIO}x: ${ratio <= TARGET_FLOOR_RATIO ? 'met' : 'MISSED'})` +
      ('lint' in secretlint
        ? `, secretlint/floor ${fmt(slMs / floor, 2)}x, secretlint/ours ${fmt(slMs / engine, 2)}x`
        : '')
  );
  console.log('');

  // (d) one 200-line cell re-scanned after a one-character edit, as the editor does per keystroke.
  const cell = twoHundredLineCell();
  const at = Math.floor(cell.length / 2);
  const edit = (/** @type {number} */ i) =>
    cell.slice(0, at) + (i % 2 ? 'a' : 'b') + cell.slice(at + 1);
  for (let i = 0; i < CELL_WARMUP; i++) {
    scanner.scanCellSource(edit(i));
  }
  const cellMs = [];
  for (let i = 0; i < CELL_ITERATIONS; i++) {
    const text = edit(i);
    const start = process.hrtime.bigint();
    scanner.scanCellSource(text);
    cellMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cellMedian = median(cellMs);
  console.log(
    `One-cell re-scan (200 lines, ${cell.length} chars, one-character edit, ${CELL_ITERATIONS} iterations)`
  );
  console.log(
    `  median ${fmt(cellMedian, 3)} ms, p99 ${fmt(quantile(cellMs, 0.99), 3)} ms, max ${fmt(Math.max(...cellMs), 3)} ms (target median < ${TARGET_CELL_MEDIAN_MS} ms: ${cellMedian < TARGET_CELL_MEDIAN_MS ? 'met' : 'MISSED'})`
  );
  console.log('');

  // (e) one large executed notebook, made at run time.
  const big = syntheticNotebook(BIG_NOTEBOOK_BYTES);
  JSON.parse(big);
  scanner.scanNotebookJson(big);
  const bigParse = [];
  const bigScan = [];
  for (let round = 0; round < BIG_ROUNDS; round++) {
    bigParse.push(timeOnce(() => JSON.parse(big)));
    bigScan.push(timeOnce(() => scanner.scanNotebookJson(big)));
  }
  const scanMs = median(bigScan);
  const parseMs = median(bigParse);
  console.log(
    `One ${fmt(big.length / 1e6)} MB notebook (image outputs and text, median of ${BIG_ROUNDS})`
  );
  console.log(
    `  scanNotebookJson ${fmt(scanMs, 0)} ms (${fmt(mbPerSec(big.length, scanMs))} MB/s), JSON.parse alone ${fmt(parseMs, 0)} ms, ratio ${fmt(scanMs / parseMs, 2)}x`
  );
  console.log('');

  // (f) the command-line scanner on the same folder, single-threaded and with a worker
  // per core, against the in-process floor (the CLI's times include starting Node).
  const cores = os.cpus().length;
  const cliTime = (/** @type {number} */ jobs) => {
    const start = nowMs();
    const result = spawnSync(
      process.execPath,
      [CLI, 'scan', '--jobs', String(jobs), CORPUS_DIR],
      { stdio: 'ignore' }
    );
    const ms = nowMs() - start;
    // Exit status 1 means findings: the corpus has some.
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`credential-guard scan --jobs ${jobs} failed`);
    }
    return ms;
  };
  if (corpus.source === CORPUS_DIR) {
    cliTime(1);
    const single = [];
    const parallel = [];
    for (let round = 0; round < CLI_ROUNDS; round++) {
      single.push(cliTime(1));
      parallel.push(cliTime(cores));
    }
    const one = median(single);
    const many = median(parallel);
    console.log(
      `Command line on the same folder (credential-guard scan, median of ${CLI_ROUNDS}, Node start-up included)`
    );
    console.log(row('--jobs 1', one));
    console.log(row(`--jobs ${cores}`, many));
    console.log(
      `  --jobs ${cores}/floor ${fmt(many / floor, 2)}x, --jobs 1/--jobs ${cores} ${fmt(one / many, 2)}x (a process's times include starting Node and loading the engine in each thread, about 0.2 s, more than the floor itself)`
    );
    console.log('');

    // (g) the same parallel scan in process, on threads already started: what --jobs
    // costs once start-up is paid, as the floor is timed without it.
    const { pooled, ratio: pooledRatio } = await pooledScanTimes(cores, corpus);
    console.log(
      `Parallel scan in process (the CLI's ScanPool: this thread and ${cores - 1} worker thread(s) already started, median of ${CORPUS_ROUNDS})`
    );
    console.log(row(`${cores} threads, read + scan`, pooled));
    console.log(
      `  parallel/floor ${fmt(pooledRatio, 2)}x, median of per-round ratios (target on 2 cores: below the single-thread floor, ${pooledRatio < 1 ? 'met' : 'MISSED'}), single-thread engine/parallel ${fmt(engine / pooled, 2)}x`
    );
    console.log('');
  }
  console.log(`total benchmark time ${fmt((nowMs() - started) / 1000)} s`);
}

/**
 * The corpus scanned by the CLI's worker pool, warm: the median time of a whole pass,
 * and the median of its ratio to a floor pass run just before it in the same round.
 *
 * @param {number} threads - this thread included
 * @param {import('./corpus').Corpus} corpus
 * @returns {Promise<{ pooled: number, ratio: number }>}
 */
async function pooledScanTimes(threads, corpus) {
  const { ScanPool } = require(
    path.join(REPO_ROOT, 'lib-node/src/cli/parallel')
  );
  const { scanFile } = require(
    path.join(REPO_ROOT, 'lib-node/src/cli/scan-file')
  );
  const { walk } = require(path.join(REPO_ROOT, 'lib-node/src/cli/walk'));
  const files = walk([CORPUS_DIR], REPO_ROOT).files;
  const scanner = new Scanner();
  const pool = new ScanPool(CLI, threads - 1, {
    config: {},
    showSecrets: false
  });
  const pass = () =>
    pool.scan(
      files,
      () => undefined,
      (/** @type {any} */ entry) => scanFile(entry, scanner, false)
    );
  try {
    // Warm: the threads have started and compiled the engine's hot paths.
    for (let i = 0; i < 3; i++) {
      await pass();
    }
    const times = [];
    const ratios = [];
    for (let round = 0; round < CORPUS_ROUNDS; round++) {
      const floorMs = timeOnce(() => floorPass(corpus));
      const start = nowMs();
      await pass();
      times.push(nowMs() - start);
      ratios.push(times[round] / floorMs);
    }
    return { pooled: median(times), ratio: median(ratios) };
  } finally {
    pool.terminate();
  }
}

run().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
