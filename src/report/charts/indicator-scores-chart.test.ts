import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPageSafe, hostileEscaped, hostileText, textAt, texts } from './chart-fixtures.test-support.ts';
import { type IndicatorScoresChartSettings, indicatorScoresChart } from './indicator-scores-chart.ts';

const percent = new Intl.NumberFormat('fr', { style: 'percent' });
const settings: IndicatorScoresChartSettings = {
  id: 'chart-quality',
  title: 'Qualité',
  description: 'Score de chaque indicateur de Qualité',
  formatNumber: (value) => percent.format(value / 100),
  scoreAxisName: 'Score',
  evidenceLabel: 'Par les éléments de preuve',
  answerLabel: 'Par les réponses',
  unknownLabel: 'Inconnu',
};

const rows = [
  { label: 'Tests automatisés', score: 1, basis: 'evidence' as const, levelLabel: 'Élevé' },
  { label: 'Revue des changements', score: 1 / 3, basis: 'answer' as const, levelLabel: 'Faible' },
  { label: 'Style cohérent', basis: 'unknown' as const },
  { label: 'Documentation', score: 0, basis: 'evidence' as const, levelLabel: 'Absent' },
];

test('one bar per indicator in model order, coloured by what placed it, each ending with its level', () => {
  const svg = indicatorScoresChart(rows, settings);
  assertPageSafe(svg, settings.id, settings.title, settings.description);
  const names = rows.map((row) => row.label);
  for (const name of names) assert.ok(texts(svg).includes(name), name);
  const ys = names.map((name) => textAt(svg, name).y);
  assert.deepEqual(
    [...ys].sort((a, b) => a - b),
    ys,
    'the first indicator on top',
  );
  for (const label of [
    'Élevé',
    'Faible',
    'Absent',
    'Inconnu',
    'Par les éléments de preuve',
    'Par les réponses',
  ])
    assert.ok(texts(svg).includes(label), label);
  assert.ok(
    texts(svg).includes(percent.format(1)) && texts(svg).includes(percent.format(0.5)),
    'percent axis',
  );
  // The two evidence bars (100 % and 0 %) and the legend icon; the answer bar and its icon.
  assert.equal(svg.match(/ fill="#4e79a7"/g)?.length, 3);
  assert.equal(svg.match(/ fill="#f28e2b"/g)?.length, 2);
});

test('an unknown indicator has no bar but says it is not known; text is escaped; output is stable', () => {
  const unknownOnly = indicatorScoresChart([{ label: hostileText, basis: 'unknown' }], settings);
  assert.ok(texts(unknownOnly).includes('Inconnu'));
  assert.equal(unknownOnly.match(/ fill="#4e79a7"/g)?.length, 1, 'only the legend icon, no bar');
  assert.ok(!unknownOnly.includes('<script>'));
  assert.ok(unknownOnly.includes(hostileEscaped));
  assert.equal(indicatorScoresChart(rows, settings), indicatorScoresChart(rows, settings));
});
