import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScenario } from './scenario.ts';
import { tornado } from './sensitivity.ts';
import { exampleAdoptVersusLicence } from './worked-examples.ts';

test('worked example 3: the tornado of example 1 ranks the support team above integration', () => {
  const bars = tornado(parseScenario(exampleAdoptVersusLicence));
  assert.deepEqual(
    bars.map((bar) => bar.label),
    ['Support team', 'Integration'],
  );
  const [team, integration] = bars;
  assert.ok(Math.abs(team!.swing - 993_000 / 121) < 1e-9);
  assert.ok(Math.abs(team!.npvLow - (3_196_000 - 331_000) / 121) < 1e-9);
  assert.ok(Math.abs(integration!.swing - 7_000) < 1e-9);
  assert.ok(Math.abs(integration!.npvLow - (3_196_000 / 121 - 2_000)) < 1e-9);
});

test('a scenario without ranges has no tornado bars', () => {
  const scenario = parseScenario(exampleAdoptVersusLicence);
  const plain = {
    ...scenario,
    options: scenario.options.map((option) => ({
      ...option,
      lines: option.lines.map(({ range: _range, ...line }) => line),
    })),
  };
  assert.deepEqual(tornado(plain), []);
});
