// @ts-check
/**
 * Timing helpers for the benchmark: a monotonic clock and order statistics.
 *
 * The benchmark is plain CommonJS over the compiled engine in lib-node/: a
 * TypeScript file in bench/ would fall under tsconfig.test.json's rootDir
 * `src` and stop every jest run.
 */
'use strict';

/** Milliseconds from a monotonic high-resolution clock. */
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Times `fn` once.
 *
 * @param {() => void} fn
 * @returns {number} elapsed milliseconds
 */
function timeOnce(fn) {
  const start = nowMs();
  fn();
  return nowMs() - start;
}

/**
 * The q-quantile (0..1) of a sample, nearest-rank.
 *
 * @param {readonly number[]} values - measurements (not modified)
 * @param {number} q
 */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil(q * sorted.length) - 1)
  );
  return sorted[rank];
}

/**
 * The median of a sample.
 *
 * @param {readonly number[]} values
 */
function median(values) {
  return quantile(values, 0.5);
}

/**
 * Megabytes per second for `bytes` processed in `ms`.
 *
 * @param {number} bytes
 * @param {number} ms
 */
function mbPerSec(bytes, ms) {
  return bytes / 1e6 / (ms / 1e3);
}

module.exports = { nowMs, timeOnce, quantile, median, mbPerSec };
