/**
 * The fewest contributors whose shares together reach `share` of the total (0.5 by default): the
 * measure behind the bus factor (people) and the elephant factor (organisations). 0 when the total is 0.
 *
 * Example: counts [5, 3, 1, 1] with share 0.5 → 1 (5 of 10 is half).
 */
export function fewestCovering(counts: readonly number[], share = 0.5): number {
  const positive = counts.filter((count) => count > 0).sort((a, b) => b - a);
  const total = positive.reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;
  let covered = 0;
  for (const [index, count] of positive.entries()) {
    covered += count;
    if (covered >= share * total) return index + 1;
  }
  return positive.length;
}
