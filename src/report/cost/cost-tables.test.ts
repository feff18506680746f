import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScenario } from '../../core/cost/scenario.ts';
import { analyseScenario } from '../../core/cost/scenario-analysis.ts';
import { exampleAdoptVersusLicence, exampleCurrencyAndInflation } from '../../core/cost/worked-examples.ts';
import { translator } from '../../i18n/translate.ts';
import type { CostTable } from './cost-table.ts';
import { expectedFigures, figuresOf } from './cost-tables.test-support.ts';
import { costTables } from './cost-tables.ts';

const english = translator('en');
const example1 = parseScenario(exampleAdoptVersusLicence);
const example2 = parseScenario(exampleCurrencyAndInflation);

function tablesOf(scenario = example1, t = english): Map<string, CostTable> {
  return new Map(costTables(scenario, analyseScenario(scenario), t).map((table) => [table.id, table]));
}

test('the tables of worked example 1 hold the model’s figures, as numbers', () => {
  const tables = tablesOf();
  assert.deepEqual(
    [...tables.keys()],
    ['summary', 'years', 'categories', 'lines', 'tornado', 'distribution', 'parameters'],
  );
  for (const [id, figures] of Object.entries(expectedFigures(example1))) {
    assert.deepEqual(figuresOf(tables.get(id)!), figures, id);
  }
  const summary = tables.get('summary')!;
  const dpg = summary.rows[0]!;
  assert.equal(dpg[0], 'Adopt the DPG with a local integrator');
  const at = (key: string) => summary.columns.findIndex((column) => column.key === key);
  assert.ok(Math.abs((dpg[at('npv')] as number) - 3_196_000 / 121) < 1e-9);
  assert.equal(dpg[at('inCountryShare')], 25 / 28);
  assert.equal(dpg[at('breakEven.licence')], 1);
  assert.equal(summary.rows[1]![at('breakEven.dpg')], null, 'the licence never breaks even');
  assert.equal(summary.columns[at('npv')]!.label, 'Net present value (USD)');
  assert.equal(
    summary.columns[at('breakEven.licence')]!.label,
    'Break-even year against Licence a proprietary product',
  );
});

test('the lines table is the input: staff as FTE × salary, no end for a one-off, ranges', () => {
  const lines = tablesOf().get('lines')!;
  assert.deepEqual(lines.rows[0], [
    'Adopt the DPG with a local integrator',
    'Integration',
    'Implementation and integration',
    'once',
    0,
    null,
    10_000,
    'USD',
    0,
    'in the country',
    8_000,
    15_000,
  ]);
  assert.deepEqual(lines.rows[1]!.slice(2, 7), ['Staff', 'every year', 0, 2, 5_000]);
  assert.deepEqual(lines.rows[4]!.slice(9), ['abroad', null, null]);
});

test('no tornado or distribution without ranges; parameters name rates, inflation and exchange rates', () => {
  const tables = tablesOf(example2);
  assert.deepEqual([...tables.keys()], ['summary', 'years', 'categories', 'lines', 'parameters']);
  const parameters = tables.get('parameters')!;
  const rows = Object.fromEntries(
    parameters.rows.map((row, r) => [row[0], [row[1], parameters.rowFormats![r]]]),
  );
  assert.deepEqual(rows, {
    Scenario: ['Scenario', 'text'],
    'Horizon (years)': [2, 'number'],
    'Base currency': ['USD', 'text'],
    'Discount rate': [0.08, 'percent'],
    'The discount rate is': ['nominal', 'text'],
    'General inflation': [0.05, 'percent'],
    'Price inflation of Licences and subscriptions': [0.1, 'percent'],
    'Exchange rate in year 0 (USD per EUR)': [1.1, 'number'],
    'Exchange rate in year 1 (USD per EUR)': [1.2, 'number'],
    'Users or sites': [1, 'number'],
  });
  const seeded = tablesOf()
    .get('parameters')!
    .rows.map((row) => row[1]);
  assert.ok(seeded.includes(20_261_123) && seeded.includes(2_000) && seeded.includes('PERT'));
});

test('labels are in the translator’s language', () => {
  const tables = tablesOf(example1, translator('fr'));
  const summary = tables.get('summary')!;
  assert.equal(summary.title, 'Synthèse');
  assert.equal(summary.columns[3]!.label, 'Valeur actuelle nette (USD)');
  assert.equal(tables.get('categories')!.columns.at(-1)!.label, 'Personnel (USD)');
  assert.deepEqual(tables.get('lines')!.rows[0]!.slice(2, 4), ['Mise en œuvre et intégration', 'une fois']);
  assert.equal(tables.get('tornado')!.title, 'Sensibilité (tornade)');
});
