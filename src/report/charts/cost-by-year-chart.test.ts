import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CostCategory, costCategories } from '../../core/cost/cost-category.ts';
import { exampleAdoptVersusLicence, exampleCurrencyAndInflation } from '../../core/cost/worked-examples.ts';
import {
  analyse,
  assertPageSafe,
  formatFrench,
  hostileEscaped,
  hostileText,
  pathsFilled,
  rangedScenario,
  texts,
} from './chart-fixtures.test-support.ts';
import { type CostByYearChartSettings, categoryColours, costByYearChart } from './cost-by-year-chart.ts';

const settings: CostByYearChartSettings = {
  id: 'cost-by-year',
  title: 'Coût par an',
  description: 'Coût nominal par an et par catégorie',
  yearAxisName: 'Année',
  costAxisName: 'USD',
  categoryLabel: (category) => `catégorie ${costCategories.indexOf(category) + 1}`,
  formatNumber: formatFrench,
  width: 960,
  height: 480,
};

test('example 1: a stack per option and year, a legend of the categories used in their order', () => {
  const { result } = analyse(exampleAdoptVersusLicence);
  const svg = costByYearChart(result, settings);
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  const used: CostCategory[] = [
    'licences-and-subscriptions',
    'implementation-and-integration',
    'hosting-and-cloud',
    'staff',
  ];
  assert.deepEqual(
    texts(svg).filter((text) => text.startsWith('catégorie')),
    used.map(settings.categoryLabel),
  );
  // One bar per year for each option using the category, and one legend icon.
  assert.equal(pathsFilled(svg, categoryColours['implementation-and-integration']), 2 * 3 + 1);
  for (const category of ['licences-and-subscriptions', 'hosting-and-cloud', 'staff'] as const) {
    assert.equal(pathsFilled(svg, categoryColours[category]), 3 + 1, category);
  }
  assert.equal(pathsFilled(svg, categoryColours.contingency), 0);
  const shown = texts(svg);
  for (const option of result.options) assert.ok(shown.includes(option.name), option.name);
  for (const year of ['0', '1', '2']) assert.ok(shown.includes(year));
  assert.ok(shown.includes(formatFrench(15_000)), 'cost axis in French format');
  assert.ok(shown.includes('Année') && shown.includes('USD'));
});

test('example 2: each option stacks only its own categories', () => {
  const svg = costByYearChart(analyse(exampleCurrencyAndInflation).result, settings);
  assert.equal(pathsFilled(svg, categoryColours['licences-and-subscriptions']), 2 + 1);
  assert.equal(pathsFilled(svg, categoryColours.staff), 2 + 1);
  assert.equal(texts(svg).filter((text) => text.startsWith('catégorie')).length, 2);
});

test('user text is escaped, and the same input gives the same SVG', () => {
  const { result } = analyse(rangedScenario);
  const hostile = { ...settings, categoryLabel: () => hostileText, yearLabel: () => hostileText };
  const svg = costByYearChart(result, hostile);
  assert.ok(!svg.includes('<script>') && !svg.includes(hostileText));
  assert.ok(texts(svg).includes(hostileEscaped));
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  costByYearChart(analyse(exampleAdoptVersusLicence).result, settings);
  assert.equal(costByYearChart(result, hostile), svg);
});
