import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isSlug, slugify } from './slug.ts';

test('makes kebab-case slugs from names', () => {
  assert.equal(slugify('Mifos X'), 'mifos-x');
  assert.equal(slugify('  Ñandú — Open Data!  '), 'nandu-open-data');
  assert.equal(slugify('***'), 'product');
});

test('every slug is a valid slug and slugify is idempotent', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (name) => {
      const slug = slugify(name);
      assert.ok(isSlug(slug), slug);
      assert.equal(slugify(slug), slug);
    }),
  );
});
