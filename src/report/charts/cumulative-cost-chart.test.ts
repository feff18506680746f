import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleAdoptVersusLicence, exampleCurrencyAndInflation } from '../../core/cost/worked-examples.ts';
import {
  analyse,
  assertPageSafe,
  formatFrench,
  hostileEscaped,
  rangedScenario,
  textAt,
  texts,
} from './chart-fixtures.test-support.ts';
import { type CumulativeCostChartSettings, cumulativeCostChart } from './cumulative-cost-chart.ts';

const settings: CumulativeCostChartSettings = {
  id: 'cumulative',
  title: 'Coût cumulé actualisé',
  description: 'Coût cumulé actualisé de chaque option',
  yearAxisName: 'Année',
  costAxisName: 'USD',
  breakEvenLabel: (other) => `moins cher que ${other}`,
  formatNumber: formatFrench,
};

const lines = (svg: string) => svg.match(/stroke-width="2" stroke-linejoin="bevel"/g)?.length ?? 0;
const marks = (svg: string) => texts(svg).filter((text) => text.startsWith('moins cher que'));

test('example 1: a line per option, the DPG marked where it breaks even with the licence (year 1)', () => {
  const { result } = analyse(exampleAdoptVersusLicence);
  assert.deepEqual(result.options[0]!.breakEven, { licence: 1 });
  const svg = cumulativeCostChart(result, settings);
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  assert.equal(lines(svg), 2);
  for (const option of result.options) assert.ok(texts(svg).includes(option.name), option.name);
  const mark = 'moins cher que Licence a proprietary product';
  assert.deepEqual(marks(svg), [mark]);
  assert.equal(textAt(svg, mark).x, textAt(svg, '1').x, 'the mark stands at year 1');
  assert.ok(texts(svg).includes(formatFrench(35_000)));
});

test('marks follow the model: one per break-even that is not null', () => {
  for (const input of [exampleCurrencyAndInflation, rangedScenario]) {
    const { result } = analyse(input);
    const expected = result.options.flatMap((option) =>
      Object.entries(option.breakEven)
        .filter(([, year]) => year !== null)
        .map(([other]) => other),
    );
    const svg = cumulativeCostChart(result, { ...settings, width: 1200 });
    assert.equal(lines(svg), result.options.length);
    assert.equal(marks(svg).length, expected.length);
  }
});

test('user text is escaped, ids are the chart’s own, and the same input gives the same SVG', () => {
  const { result } = analyse(rangedScenario);
  const svg = cumulativeCostChart(result, { ...settings, width: 1200 });
  assert.ok(!svg.includes('<script>'));
  assert.ok(texts(svg).includes(hostileEscaped));
  assert.ok(texts(svg).includes(`moins cher que ${hostileEscaped}`));
  assert.match(svg, /<clipPath id="cumulative-c0">/);
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  cumulativeCostChart(analyse(exampleAdoptVersusLicence).result, settings);
  assert.equal(cumulativeCostChart(result, { ...settings, width: 1200 }), svg);
});
