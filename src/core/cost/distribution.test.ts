import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { sampleThreePoint } from './distribution.ts';
import { percentile } from './percentile.ts';

const threePoint = fc
  .tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }))
  .map((values) => values.sort((a, b) => a - b) as [number, number, number]);

test('draws stay between low and high, and a collapsed range gives the likely value', () => {
  fc.assert(
    fc.property(
      threePoint,
      fc.integer(),
      fc.constantFrom('pert' as const, 'triangular' as const),
      ([a, m, b], seed, shape) => {
        const rng = xoroshiro128plus(seed);
        const uniform = () => uniformFloat64(rng);
        for (let i = 0; i < 20; i++) {
          const x = sampleThreePoint(shape, a, m, b, uniform);
          assert.ok(a <= x && x <= b, `${x} outside ${a}…${b}`);
        }
        assert.equal(sampleThreePoint(shape, m, m, m, uniform), m);
      },
    ),
    { numRuns: 200 },
  );
});

test('sample means match the laws: (a + m + b) / 3 triangular, (a + 4m + b) / 6 PERT', () => {
  const rng = xoroshiro128plus(1);
  const uniform = () => uniformFloat64(rng);
  const mean = (shape: 'pert' | 'triangular') => {
    let total = 0;
    for (let i = 0; i < 20_000; i++) total += sampleThreePoint(shape, 0, 20, 100, uniform);
    return total / 20_000;
  };
  assert.ok(Math.abs(mean('triangular') - 40) < 1, 'triangular');
  assert.ok(Math.abs(mean('pert') - 30) < 1, 'pert');
});

test('percentiles interpolate like PERCENTILE.INC', () => {
  assert.equal(percentile([1, 2, 3, 4, 5], 0.5), 3);
  assert.equal(percentile([1, 2, 3, 4], 0.5), 2.5);
  assert.ok(Math.abs(percentile([10, 20, 30, 40, 50], 0.1) - 14) < 1e-12);
  assert.equal(percentile([7], 0.9), 7);
  assert.ok(Number.isNaN(percentile([], 0.5)));
});
