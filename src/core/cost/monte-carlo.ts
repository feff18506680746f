import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { type CostLine, lineAmount } from './cost-line.ts';
import { type DistributionShape, sampleThreePoint } from './distribution.ts';
import { optionNpv } from './option-costs.ts';
import { percentile } from './percentile.ts';
import type { Scenario } from './scenario.ts';

/** How to run a simulation: the seed makes it reproducible. */
export interface MonteCarloSettings {
  seed: number;
  /** Number of draws (default 2,000). */
  iterations?: number;
  /** Shape of every ranged line's law (default PERT). */
  shape?: DistributionShape;
}

/** The simulated distribution of one option's NPV. */
export interface NpvDistribution {
  id: string;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
}

/** The result of a simulation, with the settings that reproduce it. */
export interface MonteCarloResult {
  seed: number;
  iterations: number;
  shape: DistributionShape;
  options: NpvDistribution[];
}

/**
 * Draws every ranged line's yearly amount between its low and high (mode: its likely amount), once per
 * iteration and for all its years alike, lines independent of each other, and recomputes each option's
 * NPV. Lines without a range keep their amount. The same seed and settings give the same result.
 */
export function simulateScenario(scenario: Scenario, settings: MonteCarloSettings): MonteCarloResult {
  const iterations = settings.iterations ?? 2_000;
  const shape = settings.shape ?? 'pert';
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new RangeError('iterations must be a whole number ≥ 1');
  const rng = xoroshiro128plus(settings.seed);
  const uniform = () => uniformFloat64(rng);
  const draw = (line: CostLine) => {
    const likely = lineAmount(line);
    return line.range ? sampleThreePoint(shape, line.range.low, likely, line.range.high, uniform) : likely;
  };
  const samples = scenario.options.map(() => new Array<number>(iterations));
  for (let i = 0; i < iterations; i++) {
    scenario.options.forEach((option, o) => {
      samples[o]![i] = optionNpv(scenario, option, draw);
    });
  }
  const options = scenario.options.map((option, o): NpvDistribution => {
    const sorted = samples[o]!.sort((a, b) => a - b);
    return {
      id: option.id,
      p10: percentile(sorted, 0.1),
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      mean: sorted.reduce((total, value) => total + value, 0) / iterations,
      min: sorted[0]!,
      max: sorted[iterations - 1]!,
    };
  });
  return { seed: settings.seed, iterations, shape, options };
}
