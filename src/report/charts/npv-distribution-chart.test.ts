import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleAdoptVersusLicence } from '../../core/cost/worked-examples.ts';
import {
  analyse,
  assertPageSafe,
  formatFrench,
  hostileEscaped,
  rangedScenario,
  textAt,
  texts,
} from './chart-fixtures.test-support.ts';
import { type NpvDistributionChartSettings, npvDistributionChart } from './npv-distribution-chart.ts';

const settings: NpvDistributionChartSettings = {
  id: 'distribution',
  title: 'Distribution de la VAN',
  description: 'P10, médiane et P90 de la VAN simulée de chaque option',
  npvAxisName: 'VAN (USD)',
  formatNumber: formatFrench,
  width: 1200,
};

/** The x of each box's min, P10, median, P90 and max, from the boxplot paths in order. */
function boxes(svg: string): number[][] {
  return [...svg.matchAll(/<path d="([^"]*)" fill="#a0cbe8"/g)].map(([, d]) => {
    const moves = [...d!.matchAll(/M([-\d.]+) /g)].map((move) => Number(move[1]));
    const p90 = Number(/L([-\d.]+) [-\d.]+Z/.exec(d!)![1]);
    return [moves[1]!, moves[0]!, moves[5]!, p90, moves[2]!];
  });
}

test('example 1: a box per option, named, from min through P10, median and P90 to max', () => {
  const analysis = analyse(exampleAdoptVersusLicence);
  const svg = npvDistributionChart(analysis.monteCarlo!, analysis.result.options, settings);
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  const [dpg, licence] = analysis.result.options;
  assert.ok(textAt(svg, dpg!.name).y < textAt(svg, licence!.name).y, 'scenario order, top down');
  const drawn = boxes(svg);
  assert.equal(drawn.length, 2);
  const scale =
    (drawn[0]![4]! - drawn[0]![0]!) /
    (analysis.monteCarlo!.options[0]!.max - analysis.monteCarlo!.options[0]!.min);
  const { min, p10, p50, p90, max } = analysis.monteCarlo!.options[0]!;
  [min, p10, p50, p90, max].forEach((value, index) => {
    assert.ok(
      Math.abs(drawn[0]![0]! + (value - min) * scale - drawn[0]![index]!) < 0.2,
      `statistic ${index}`,
    );
  });
  assert.ok(texts(svg).includes('VAN (USD)'));
});

test('every option of a ranged scenario, user text escaped, the same SVG for the same input', () => {
  const analysis = analyse(rangedScenario);
  const svg = npvDistributionChart(analysis.monteCarlo!, analysis.result.options, settings);
  assert.equal(boxes(svg).length, 3);
  assert.ok(!svg.includes('<script>'));
  assert.ok(texts(svg).includes(hostileEscaped));
  assert.ok(texts(svg).includes('Option saas'));
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  assert.equal(npvDistributionChart(analysis.monteCarlo!, analysis.result.options, settings), svg);
});
