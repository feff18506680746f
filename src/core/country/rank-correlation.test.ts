import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ranks, spearman } from './rank-correlation.ts';

test('ranks share ties; Spearman is 1 for the same order, -1 for the reverse, NaN when undefined', () => {
  assert.deepEqual(ranks([10, 20, 20, 5]), [2, 3.5, 3.5, 1]);
  assert.equal(spearman([1, 2, 3, 4], [10, 20, 30, 400]), 1);
  assert.equal(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  assert.ok(Math.abs(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) - 0.8) < 1e-12);
  assert.ok(Number.isNaN(spearman([1], [1])));
});
