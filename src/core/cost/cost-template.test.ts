import assert from 'node:assert/strict';
import { test } from 'node:test';
import { costTemplate, costTemplateIds } from './cost-template.ts';
import { parseScenario } from './scenario.ts';
import { analyseScenario } from './scenario-analysis.ts';

test('every template gives a valid scenario with its labels in the reader’s words', () => {
  for (const id of costTemplateIds) {
    const scenario = parseScenario(costTemplate(id, (key) => `«${key}»`, 'Mine'));
    assert.equal(scenario.name, 'Mine');
    assert.ok(scenario.options.length >= 2);
    for (const option of scenario.options) {
      assert.match(option.name, /^«option\.\w+»$/);
      for (const line of option.lines) {
        assert.match(line.label, /^«line\.\w+»$/);
        for (const role of line.staff ?? []) assert.match(role.role, /^«staff\.\w+»$/);
      }
    }
  }
});

test('the DPG option of the template is mostly spent in the country, the licence mostly abroad', () => {
  const scenario = parseScenario(costTemplate('dpg-vs-proprietary', (key) => key, 'T'));
  const { result, tornado, monteCarlo } = analyseScenario(scenario, { iterations: 200 });
  const [dpg, proprietary] = result.options;
  assert.ok(dpg!.inCountryShare! > 0.5 && proprietary!.inCountryShare! < 0.5);
  assert.ok(tornado.length > 0 && monteCarlo !== null);
});

test('a blank template has two options without lines, and no distribution', () => {
  const scenario = parseScenario(costTemplate('blank', (key) => key, 'Empty'));
  assert.deepEqual(
    scenario.options.map((option) => option.lines.length),
    [0, 0],
  );
  assert.equal(analyseScenario(scenario).monteCarlo, null);
});
