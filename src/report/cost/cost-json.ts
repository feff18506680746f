import type { Scenario } from '../../core/cost/scenario.ts';
import type { ScenarioAnalysis } from '../../core/cost/scenario-analysis.ts';

/** A scenario with its analysis, as a JSON export that names its format and version. */
export interface CostJsonExport {
  format: 'dpg-toolkit/cost-scenario';
  version: 1;
  scenario: Scenario;
  analysis: ScenarioAnalysis;
}

/**
 * The JSON export of a scenario (validated, defaults filled in: on its own it is a scenario file) and its
 * analysis (every figure, the tornado and the distribution).
 */
export function costJson(scenario: Scenario, analysis: ScenarioAnalysis): CostJsonExport {
  return { format: 'dpg-toolkit/cost-scenario', version: 1, scenario, analysis };
}
