/** Small statistics helpers: percentiles of raw samples, medians, rounding. */

/** The p-th percentile (0–100) of the samples, nearest-rank method. NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** p50, p95, p97.5 and p99 of the samples, in their unit, rounded to 0.01. */
export function latencySummary(samples: readonly number[]): {
  count: number;
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  max: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(percentile(sorted, p), 2);
  return {
    count: sorted.length,
    p50: at(50),
    p95: at(95),
    p97_5: at(97.5),
    p99: at(99),
    max: round(sorted.at(-1) ?? Number.NaN, 2),
  };
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
