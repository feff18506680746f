/** Shapes of a three-point estimate: triangular, or PERT (a beta law weighted four times on the likely value). */
export type DistributionShape = 'triangular' | 'pert';

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** A value drawn between `low` and `high` with mode `likely`; exactly `likely` when the range is collapsed. */
export function sampleThreePoint(
  shape: DistributionShape,
  low: number,
  likely: number,
  high: number,
  uniform: Uniform,
): number {
  if (!(high > low)) return likely;
  if (shape === 'triangular') {
    const u = uniform();
    const split = (likely - low) / (high - low);
    return u < split
      ? low + Math.sqrt(u * (high - low) * (likely - low))
      : high - Math.sqrt((1 - u) * (high - low) * (high - likely));
  }
  const alpha = 1 + (4 * (likely - low)) / (high - low);
  const beta = 1 + (4 * (high - likely)) / (high - low);
  const x = sampleGamma(alpha, uniform);
  const y = sampleGamma(beta, uniform);
  return low + (x / (x + y)) * (high - low);
}

/** A standard normal draw (Box–Muller). */
function sampleNormal(uniform: Uniform): number {
  const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
  return radius * Math.cos(2 * Math.PI * uniform());
}

/** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang, 2000). */
function sampleGamma(shape: number, uniform: Uniform): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = sampleNormal(uniform);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}
