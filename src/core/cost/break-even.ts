/**
 * First year from which the cumulative discounted cost of A stays at or below that of B to the horizon,
 * or `null` when A ends dearer. Ties within a relative 1e-9 count as equal, so rounding does not decide.
 */
export function breakEvenYear(discountedA: readonly number[], discountedB: readonly number[]): number | null {
  const cumulativeA = cumulative(discountedA);
  const cumulativeB = cumulative(discountedB);
  let year: number | null = null;
  for (let t = cumulativeA.length - 1; t >= 0; t--) {
    const a = cumulativeA[t]!;
    const b = cumulativeB[t] ?? 0;
    if (a > b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) break;
    year = t;
  }
  return year;
}

/** Running totals: [a, a + b, a + b + c, …]. */
export function cumulative(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}
