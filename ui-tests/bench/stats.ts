/** Small statistics for the benchmark report. */

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)
  );
  return sorted[index];
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/**
 * A 95% bootstrap interval of the median of `values` (per-round differences): how far the
 * reported median could move with other rounds of the same run. Seeded, so one run's
 * figures can be recomputed.
 */
export function medianInterval(
  values: number[],
  resamples = 2000
): [number, number] {
  let state = 7;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = values.map(
      () => values[Math.floor(random() * values.length)]
    );
    medians.push(median(sample));
  }
  return [percentile(medians, 2.5), percentile(medians, 97.5)];
}

export function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

/** A median with its interval: "0.31 ms (95% interval -0.80 to 1.20 ms)". */
export function msInterval(values: number[]): string {
  const [low, high] = medianInterval(values);
  return `${ms(median(values))} (95% interval ${low.toFixed(2)} to ${high.toFixed(2)} ms)`;
}
