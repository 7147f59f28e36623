/**
 * Timing helpers for the benchmark: a monotonic clock and order statistics.
 */

/** Milliseconds from a monotonic high-resolution clock. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Times `fn` once.
 *
 * @returns elapsed milliseconds.
 */
export function timeOnce(fn: () => void): number {
  const start = nowMs();
  fn();
  return nowMs() - start;
}

/**
 * The q-quantile (0..1) of a sample, nearest-rank.
 *
 * @param values - measurements (not modified)
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil(q * sorted.length) - 1)
  );
  return sorted[rank];
}

/** The median of a sample. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Megabytes per second for `bytes` processed in `ms`. */
export function mbPerSec(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1e3);
}
