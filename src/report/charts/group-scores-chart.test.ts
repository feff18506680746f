import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPageSafe, hostileEscaped, hostileText, textAt, texts } from './chart-fixtures.test-support.ts';
import { type GroupScoresChartSettings, groupScoresChart } from './group-scores-chart.ts';

const percent = new Intl.NumberFormat('en', { style: 'percent' });
const settings: GroupScoresChartSettings = {
  id: 'chart-comparison',
  title: 'Product adoptability: score per group',
  description: 'Score of each product per group',
  formatNumber: (value) => percent.format(value / 100),
  scoreAxisName: 'Score',
  unknownLabel: 'Not known',
};
const groups = ['Quality', 'Maturity', 'Security'];

test('a bar per product in each group, the groups in model order, each bar ending with its score', () => {
  const svg = groupScoresChart(
    groups,
    [
      { name: 'DHIS2', scores: [0.8, 0.5, undefined] },
      { name: 'OpenMRS', scores: [0.25, 1, 0] },
    ],
    settings,
  );
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  const ys = groups.map((group) => textAt(svg, group).y);
  assert.deepEqual(
    [...ys].sort((a, b) => a - b),
    ys,
  );
  for (const label of ['80%', '50%', '25%', '100%', '0%', 'Not known', 'DHIS2', 'OpenMRS'])
    assert.ok(texts(svg).includes(label), label);
  // Three DHIS2 bars (the unknown one zero wide, labelled instead) and the legend icon.
  assert.equal(svg.match(/ fill="#4e79a7"/g)?.length, 3 + 1);
  assert.equal(svg.match(/ fill="#f28e2b"/g)?.length, 3 + 1);
});

test('product names are escaped and the same input gives the same SVG', () => {
  const series = [
    { name: hostileText, scores: [1, 1, 1] },
    { name: 'Other', scores: [0, 0, 0] },
  ];
  const svg = groupScoresChart(groups, series, settings);
  assert.ok(!svg.includes('<script>'));
  assert.ok(svg.includes(hostileEscaped) || texts(svg).some((text) => text.startsWith('&lt;script&gt;')));
  assert.equal(groupScoresChart(groups, series, settings), svg);
});
