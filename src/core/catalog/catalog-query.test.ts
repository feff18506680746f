import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CatalogQuery, decodeCursor, encodeCursor } from './catalog-query.ts';

test('accepts single and repeated parameters, and fills defaults', () => {
  const query = CatalogQuery.parse({ type: 'data', sdg: ['3', '4'], country: 'ke' });
  assert.deepEqual(query.type, ['data']);
  assert.deepEqual(query.sdg, [3, 4]);
  assert.deepEqual(query.country, ['KE']);
  assert.equal(query.page, 1);
  assert.equal(query.pageSize, 20);
});

test('refuses bad values with the field named', () => {
  for (const input of [
    { type: 'spaceship' },
    { sdg: '18' },
    { page: '0' },
    { pageSize: '1000' },
    { country: 'Kenya' },
  ]) {
    const result = CatalogQuery.safeParse(input);
    assert.equal(result.success, false, JSON.stringify(input));
    assert.equal(result.error?.issues[0]?.path[0], Object.keys(input)[0]);
  }
});

test('cursors round-trip and foreign cursors are refused', () => {
  fc.assert(
    fc.property(fc.nat({ max: 10_000_000 }), (offset) =>
      assert.equal(decodeCursor(encodeCursor(offset)), offset),
    ),
  );
  assert.equal(decodeCursor('not-a-cursor'), undefined);
  assert.equal(decodeCursor(btoa('offset:-1')), undefined);
});
