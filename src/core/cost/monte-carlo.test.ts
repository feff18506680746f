import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { arbitraryScenario } from './arbitrary-scenario.test-support.ts';
import { computeScenario } from './cost-model.ts';
import { lineAmount } from './cost-line.ts';
import { simulateScenario } from './monte-carlo.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { exampleAdoptVersusLicence } from './worked-examples.ts';

function collapse(scenario: Scenario): Scenario {
  return {
    ...scenario,
    options: scenario.options.map((option) => ({
      ...option,
      lines: option.lines.map((line) => ({
        ...line,
        range: { low: lineAmount(line), high: lineAmount(line) },
      })),
    })),
  };
}

test('with every range collapsed the distribution is the deterministic NPV', () => {
  fc.assert(
    fc.property(
      arbitraryScenario(),
      fc.integer(),
      fc.constantFrom('pert' as const, 'triangular' as const),
      (s, seed, shape) => {
        const scenario = collapse(s);
        const result = simulateScenario(scenario, { seed, iterations: 20, shape });
        computeScenario(scenario).options.forEach((option, o) => {
          const { p10, p50, p90, min, max } = result.options[o]!;
          assert.deepEqual(
            [p10, p50, p90, min, max],
            [option.npv, option.npv, option.npv, option.npv, option.npv],
          );
        });
      },
    ),
    { numRuns: 50 },
  );
});

test('the same seed gives the same result; another seed another one', () => {
  const scenario = parseScenario(exampleAdoptVersusLicence);
  for (const shape of ['pert', 'triangular'] as const) {
    const first = simulateScenario(scenario, { seed: 42, iterations: 500, shape });
    assert.deepEqual(simulateScenario(scenario, { seed: 42, iterations: 500, shape }), first);
    assert.notDeepEqual(
      simulateScenario(scenario, { seed: 43, iterations: 500, shape }).options,
      first.options,
    );
  }
});

test('ranged NPVs stay within their bounds and in order P10 ≤ P50 ≤ P90', () => {
  const scenario = parseScenario(exampleAdoptVersusLicence);
  const [dpg, licence] = simulateScenario(scenario, { seed: 7, iterations: 2_000 }).options;
  // Lowest: integration 8,000 + team 4,000 a year; highest: 15,000 + 7,000 a year (hosting 1,000 fixed).
  const lowest = 8_000 + (5_000 * 331) / 121;
  const highest = 15_000 + (8_000 * 331) / 121;
  assert.ok(dpg && licence);
  assert.ok(lowest <= dpg.min && dpg.max <= highest, `${dpg.min}…${dpg.max}`);
  assert.ok(dpg.min < dpg.p10 && dpg.p10 < dpg.p50 && dpg.p50 < dpg.p90 && dpg.p90 < dpg.max);
  // PERT means (low + 4 likely + high) / 6: 10,500 and 5,166.67 a year, so E[NPV] = 10,500 + 6,166.67 × 331/121.
  const expectedMean = 10_500 + ((5_166 + 2 / 3 + 1_000) * 331) / 121;
  assert.ok(Math.abs(dpg.mean - expectedMean) < 0.01 * expectedMean, `${dpg.mean} vs ${expectedMean}`);
  assert.equal(licence.p10, licence.p90);
  assert.equal(licence.p50, computeScenario(scenario).options[1]!.npv);
});
