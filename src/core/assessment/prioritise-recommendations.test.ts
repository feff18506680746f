import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AssessmentModelInput, Effort, Priority } from './assessment-model.ts';
import type { IndicatorResult } from './assessment-result.ts';
import { text } from './model.test-support.ts';
import { parseModel } from './parse-model.ts';
import { prioritiseRecommendations } from './prioritise-recommendations.ts';

function modelWith(recommendations: [string, Priority, Effort][]) {
  const input: AssessmentModelInput = {
    id: 'ranking',
    version: 1,
    title: text('Ranking'),
    description: text('Ranking'),
    sources: [{ id: 'source', kind: 'guide', title: 'Source', url: 'https://example.org/' }],
    scales: {
      pass: {
        levels: [
          { id: 'gap', label: text('Gap'), score: 0 },
          { id: 'pass', label: text('Pass'), score: 1 },
        ],
      },
    },
    groups: [
      {
        id: 'group',
        title: text('Group'),
        indicators: recommendations.map(([id, priority, effort], index) => ({
          id: `indicator-${index}`,
          title: text('Indicator'),
          scale: 'pass',
          recommendations: [
            { id, levels: ['gap'], priority, effort, text: text(id), citations: [{ source: 'source' }] },
          ],
        })),
      },
    ],
  };
  return parseModel(input);
}

function atGap(count: number, level = 'gap'): IndicatorResult[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `indicator-${index}`,
    group: 'group',
    title: text('Indicator'),
    frameworks: [],
    applicable: true,
    level,
    score: 0,
    basis: 'evidence',
    weight: 1,
    weightShare: 1 / count,
    undecided: [],
    answers: {},
  }));
}

test('highest impact for least effort first, then higher priority, then model order', () => {
  const model = modelWith([
    ['large-critical', 'critical', 'large'], // 8 / 4 = 2
    ['small-medium', 'medium', 'small'], // 2 / 1 = 2
    ['small-critical', 'critical', 'small'], // 8
    ['medium-high', 'high', 'medium'], // 2
    ['large-low', 'low', 'large'], // 0.25
    ['small-medium-again', 'medium', 'small'], // 2
  ]);
  const ranked = prioritiseRecommendations(model, atGap(6));
  assert.deepEqual(
    ranked.map((recommendation) => [recommendation.rank, recommendation.id]),
    [
      [1, 'small-critical'],
      [2, 'large-critical'],
      [3, 'medium-high'],
      [4, 'small-medium'],
      [5, 'small-medium-again'],
      [6, 'large-low'],
    ],
  );
  assert.deepEqual(ranked[0]!.citations, [
    { source: 'source', title: 'Source', kind: 'guide', url: 'https://example.org/' },
  ]);
});

test('only the levels a recommendation names select it', () => {
  const model = modelWith([['fix', 'high', 'small']]);
  assert.equal(prioritiseRecommendations(model, atGap(1, 'pass')).length, 0);
  assert.equal(prioritiseRecommendations(model, atGap(1)).length, 1);
});
