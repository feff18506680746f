/** Ranks of values (1 = smallest), ties sharing their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) result[order[position]!.index] = rank;
    start = end + 1;
  }
  return result;
}

/** Spearman's rank correlation of two paired lists (Pearson's r on their tie-averaged ranks). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 2) return Number.NaN;
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
  const mx = mean(rx);
  const my = mean(ry);
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  for (let index = 0; index < rx.length; index += 1) {
    covariance += (rx[index]! - mx) * (ry[index]! - my);
    vx += (rx[index]! - mx) ** 2;
    vy += (ry[index]! - my) ** 2;
  }
  return covariance / Math.sqrt(vx * vy);
}
