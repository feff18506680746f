import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CatalogIndex } from './catalog-index.ts';
import { CatalogQuery } from './catalog-query.ts';
import { productStages, productTypes, type Product } from './product.ts';

function product(slug: string, fields: Partial<Product> = {}): Product {
  return {
    slug,
    name: slug,
    aliases: [],
    description: '',
    types: ['software'],
    stage: 'dpg',
    sdgs: [],
    sectors: [],
    licences: [],
    repositories: [],
    organisations: [],
    deploymentCountries: [],
    developmentCountries: [],
    source: { kind: 'starter', collection: 'nominees', key: slug },
    ...fields,
  };
}

const catalogue = new CatalogIndex([
  product('dhis2', {
    name: 'DHIS2',
    description: 'Health information system',
    sdgs: [{ number: 3 }],
    sectors: ['Health'],
  }),
  product('primero', { name: 'Primero', organisations: [{ name: 'UNICEF' }], types: ['software'] }),
  product('openstreetmap', {
    name: 'OpenStreetMap',
    types: ['data'],
    stage: 'nominee',
    deploymentCountries: [{ code: 'KE', name: 'Kenya' }],
  }),
  product('kolibri', {
    name: 'Kolibri',
    aliases: ['Learning Equality'],
    types: ['software', 'content'],
    stage: 'archived',
  }),
]);
const query = (input: Record<string, unknown>) => catalogue.query(CatalogQuery.parse(input));

test('finds products despite short prefixes and typos', () => {
  assert.equal(query({ q: 'dhis' }).items[0]?.slug, 'dhis2');
  assert.equal(query({ q: 'primro' }).items[0]?.slug, 'primero');
  assert.equal(query({ q: 'unicef' }).items[0]?.slug, 'primero');
  assert.equal(query({ q: 'learning equality' }).items[0]?.slug, 'kolibri');
  assert.equal(query({ q: 'zzzzzz' }).total, 0);
});

test('filters within a facet by any value, across facets by all', () => {
  assert.deepEqual(
    query({ type: ['data', 'content'] })
      .items.map((item) => item.slug)
      .sort(),
    ['kolibri', 'openstreetmap'],
  );
  assert.deepEqual(
    query({ type: 'software', stage: 'archived' }).items.map((item) => item.slug),
    ['kolibri'],
  );
  assert.deepEqual(
    query({ country: 'ke' }).items.map((item) => item.slug),
    ['openstreetmap'],
  );
});

test('counts each facet with the other filters applied but not its own', () => {
  const { facets } = query({ type: 'data' });
  assert.deepEqual(
    facets.type.find((entry) => entry.value === 'software'),
    { value: 'software', count: 3 },
  );
  assert.deepEqual(facets.stage, [{ value: 'nominee', count: 1 }]);
});

test('can skip facet counting and still filter the same', () => {
  const full = query({ type: 'software' });
  const light = catalogue.query(CatalogQuery.parse({ type: 'software' }), { facets: false });
  assert.deepEqual(light.items, full.items);
  assert.equal(light.total, full.total);
  assert.deepEqual(light.facets.type, []);
});

test('orders by stage then name by default, and pages by number or cursor', () => {
  assert.deepEqual(
    query({}).items.map((item) => item.slug),
    ['dhis2', 'primero', 'openstreetmap', 'kolibri'],
  );
  const first = query({ pageSize: 3, sort: 'name' });
  assert.equal(first.pageCount, 2);
  assert.ok(first.nextCursor);
  const second = query({ pageSize: 3, sort: 'name', cursor: first.nextCursor });
  assert.deepEqual(
    second.items.map((item) => item.slug),
    ['primero'],
  );
  assert.equal(second.nextCursor, undefined);
  assert.throws(() => query({ cursor: 'bogus' }), /cursor/);
});

const arbitraryProduct = fc.record({
  slug: fc.uuid(),
  type: fc.subarray([...productTypes], { minLength: 1 }),
  stage: fc.constantFrom(...productStages),
  sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
});

test('facet counts agree with the filtered totals, for any catalogue', () => {
  fc.assert(
    fc.property(
      fc.array(arbitraryProduct, { maxLength: 40 }),
      fc.constantFrom(...productTypes),
      (entries, chosen) => {
        const index = new CatalogIndex(
          entries.map((entry) =>
            product(entry.slug, {
              types: entry.type,
              stage: entry.stage,
              sdgs: entry.sdgs.map((number) => ({ number })),
            }),
          ),
        );
        const all = index.query(CatalogQuery.parse({ pageSize: 100 }));
        assert.equal(all.total, entries.length);
        const stageSum = all.facets.stage.reduce((sum, entry) => sum + entry.count, 0);
        assert.equal(stageSum, entries.length);
        const filtered = index.query(CatalogQuery.parse({ type: chosen, pageSize: 100 }));
        const expected = all.facets.type.find((entry) => entry.value === chosen)?.count ?? 0;
        assert.equal(filtered.total, expected);
        for (const item of filtered.items) assert.ok(item.types.includes(chosen));
      },
    ),
  );
});
