/**
 * The p-th quantile (0–1) of numbers sorted in ascending order, interpolating linearly between
 * neighbours (the usual spreadsheet PERCENTILE.INC). NaN for an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return upper === lower ? lower : lower + (position - below) * (upper - lower);
}
