import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleAdoptVersusLicence } from '../../core/cost/worked-examples.ts';
import {
  analyse,
  assertPageSafe,
  escaped,
  formatFrench,
  hostileEscaped,
  rangedScenario,
  textAt,
  texts,
} from './chart-fixtures.test-support.ts';
import { type TornadoChartSettings, tornadoChart } from './tornado-chart.ts';

const settings: TornadoChartSettings = {
  id: 'tornado',
  title: 'Sensibilité de la VAN',
  description: 'VAN de chaque option avec une ligne à sa valeur basse puis haute',
  npvAxisName: 'VAN (USD)',
  lowLabel: 'Valeur basse',
  highLabel: 'Valeur haute',
  barLabel: (option, line) => `${line} — ${option}`,
  formatNumber: formatFrench,
  width: 1200,
};

const barLabels = (svg: string) => texts(svg).filter((text) => text.includes(' — '));

test('example 1: the support team on top of integration, each bar from its low to its high NPV', () => {
  const analysis = analyse(exampleAdoptVersusLicence);
  const svg = tornadoChart(analysis.tornado, analysis.result.options, settings);
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  const option = 'Adopt the DPG with a local integrator';
  assert.deepEqual(barLabels(svg), [`Support team — ${option}`, `Integration — ${option}`]);
  assert.ok(textAt(svg, `Support team — ${option}`).y < textAt(svg, `Integration — ${option}`).y);
  for (const bar of analysis.tornado) {
    assert.ok(texts(svg).includes(formatFrench(bar.npvLow)), `low end of ${bar.label}`);
    assert.ok(texts(svg).includes(formatFrench(bar.npvHigh)), `high end of ${bar.label}`);
  }
  assert.ok(texts(svg).includes('Valeur basse') && texts(svg).includes('Valeur haute'));
  // Low and high parts of both bars, and their legend icons.
  assert.equal(svg.match(/ fill="#4e79a7"/g)?.length, 2 + 1);
  assert.equal(svg.match(/ fill="#f28e2b"/g)?.length, 2 + 1);
});

test('at most ten bars by default, or the limit given, the largest swings first', () => {
  const analysis = analyse(rangedScenario);
  assert.equal(analysis.tornado.length, 12);
  const labels = (limit?: number) =>
    barLabels(tornadoChart(analysis.tornado, analysis.result.options, { ...settings, limit }));
  assert.equal(labels().length, 10);
  const names = new Map(analysis.result.options.map((option) => [option.id, option.name]));
  assert.deepEqual(
    labels(3),
    analysis.tornado.slice(0, 3).map((bar) => escaped(`${bar.label} — ${names.get(bar.optionId)}`)),
  );
});

test('user text is escaped, and the same input gives the same SVG', () => {
  const analysis = analyse(rangedScenario);
  const svg = tornadoChart(analysis.tornado, analysis.result.options, { ...settings, limit: 3 });
  assert.ok(!svg.includes('<script>'));
  assert.ok(barLabels(svg).includes(`Line custom 4 — ${hostileEscaped}`));
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  assert.equal(tornadoChart(analysis.tornado, analysis.result.options, { ...settings, limit: 3 }), svg);
});
