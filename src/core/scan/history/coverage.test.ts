import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fewestCovering } from './coverage.ts';

test('examples', () => {
  assert.equal(fewestCovering([]), 0);
  assert.equal(fewestCovering([0, 0]), 0);
  assert.equal(fewestCovering([5, 3, 1, 1]), 1);
  assert.equal(fewestCovering([1, 1, 1, 1]), 2);
  assert.equal(fewestCovering([1, 3, 1, 1, 1]), 2);
});

test('the fewest covering is between 1 and the number of contributors, and the cover really covers', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 1000 }), { maxLength: 60 }), (counts) => {
      const total = counts.reduce((a, b) => a + b, 0);
      const factor = fewestCovering(counts);
      const contributors = counts.filter((count) => count > 0).length;
      if (total === 0) return factor === 0;
      const sorted = counts.toSorted((a, b) => b - a);
      const top = (n: number) => sorted.slice(0, n).reduce((a, b) => a + b, 0);
      return factor >= 1 && factor <= contributors && 2 * top(factor) >= total && 2 * top(factor - 1) < total;
    }),
  );
});
