import { computeScenario, type ScenarioResult } from './cost-model.ts';
import { type MonteCarloResult, simulateScenario } from './monte-carlo.ts';
import type { Scenario } from './scenario.ts';
import { tornado, type TornadoBar } from './sensitivity.ts';

/** Settings of the uncertainty part of an analysis; the seed makes it reproducible. */
export interface AnalysisSettings {
  seed?: number;
  iterations?: number;
}

/** Everything the product shows about a scenario: figures, tornado and (with ranges) the distribution. */
export interface ScenarioAnalysis {
  result: ScenarioResult;
  /** Ranged lines by NPV swing, largest first; empty when no line has a range. */
  tornado: TornadoBar[];
  /** The simulated NPV distribution; `null` when no line has a range (it would be one value). */
  monteCarlo: MonteCarloResult | null;
}

/** The default seed, so that the same scenario always shows the same distribution. */
export const defaultSeed = 20_261_123;

/** Computes every output of a validated scenario. Pure and deterministic for a given seed. */
export function analyseScenario(scenario: Scenario, settings: AnalysisSettings = {}): ScenarioAnalysis {
  const ranged = scenario.options.some((option) => option.lines.some((line) => line.range));
  return {
    result: computeScenario(scenario),
    tornado: tornado(scenario),
    monteCarlo: ranged
      ? simulateScenario(scenario, {
          seed: settings.seed ?? defaultSeed,
          ...(settings.iterations === undefined ? {} : { iterations: settings.iterations }),
        })
      : null,
  };
}
