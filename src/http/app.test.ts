import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CatalogQuery } from '../core/catalog/catalog-query.ts';
import { createTestApp } from '../../test/support/test-app.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let close: () => Promise<void>;

before(async () => {
  ({ app, close } = await createTestApp());
});
after(() => close());

const json = async (path: string, init?: RequestInit) => {
  const response = await app.request(path, init);
  return { response, body: (await response.json()) as any };
};

test('lists, searches and filters products', async () => {
  const { response, body } = await json('/api/v1/products?q=primro');
  assert.equal(response.status, 200);
  assert.ok(body.items.some((item: { slug: string }) => item.slug === 'primero'));
  const dhis = await json('/api/v1/products?q=dhis');
  assert.equal(dhis.body.items[0].slug, 'dhis2');
  const filtered = await json('/api/v1/products?type=data&stage=dpg&pageSize=100');
  assert.ok(filtered.body.total > 0);
  for (const item of filtered.body.items) {
    assert.ok(item.types.includes('data'));
    assert.equal(item.stage, 'dpg');
  }
  const both = await json('/api/v1/products?sdg=3&sdg=4&pageSize=100');
  for (const item of both.body.items) assert.ok(item.sdgs.includes(3) || item.sdgs.includes(4));
});

test('pages by number and by cursor', async () => {
  const first = await json('/api/v1/products?sort=name&pageSize=5');
  assert.equal(first.body.items.length, 5);
  const second = await json(`/api/v1/products?sort=name&pageSize=5&cursor=${first.body.nextCursor}`);
  const byPage = await json('/api/v1/products?sort=name&pageSize=5&page=2');
  assert.deepEqual(second.body.items, byPage.body.items);
});

test('returns one product with every field, and a problem when there is none', async () => {
  const { response, body } = await json('/api/v1/products/aam-digital');
  assert.equal(response.status, 200);
  assert.equal(body.name, 'Aam Digital');
  assert.equal(body.licences[0].osiApproved, true);
  assert.ok(body.evidence.privacy.laws.includes('GDPR'));
  const missing = await app.request('/api/v1/products/no-such-product');
  assert.equal(missing.status, 404);
  assert.match(missing.headers.get('content-type') ?? '', /application\/problem\+json/);
  const problem = (await missing.json()) as any;
  assert.equal(problem.status, 404);
  assert.equal(problem.type, 'urn:dpg-toolkit:problem:not_found');
});

test('answers bad parameters with a 400 problem naming each field', async () => {
  for (const query of [
    'page=abc',
    'type=spaceship',
    'sdg=18',
    'pageSize=1000',
    'country=Kenya',
    'cursor=zzz',
    `q=${'x'.repeat(500)}`,
  ]) {
    const response = await app.request(`/api/v1/products?${query}`);
    assert.equal(response.status, 400, query);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await response.json()) as any;
    assert.equal(problem.status, 400);
    assert.ok(problem.title);
  }
  const unknownRoute = await app.request('/api/v1/nothing');
  assert.equal(unknownRoute.status, 404);
  assert.match(unknownRoute.headers.get('content-type') ?? '', /application\/problem\+json/);
});

test('counts facets with the same filters', async () => {
  const { body } = await json('/api/v1/facets?type=data');
  const listed = await json('/api/v1/products?type=data');
  assert.equal(body.total, listed.body.total);
  assert.deepEqual(Object.keys(body.facets).sort(), ['country', 'licence', 'sdg', 'sector', 'stage', 'type']);
  const software = body.facets.type.find((entry: { value: string }) => entry.value === 'software');
  const softwareTotal = (await json('/api/v1/products?type=software')).body.total;
  assert.equal(software.count, softwareTotal);
});

test('serves an OpenAPI 3.1 document built from the validating schemas', async () => {
  const { body } = await json('/api/v1/openapi.json');
  assert.equal(body.openapi, '3.1.0');
  assert.deepEqual(Object.keys(body.paths).sort(), [
    '/assessment-models',
    '/assessment-models/{id}',
    '/assessments',
    '/assessments/compare',
    '/assessments/{id}',
    '/assessments/{id}/export',
    '/assessments/{id}/visibility',
    '/cost-scenarios',
    '/cost-scenarios/{id}',
    '/cost-scenarios/{id}/export',
    '/cost-scenarios/{id}/visibility',
    '/cost-templates',
    '/cost/analyse',
    '/countries',
    '/countries/{code}',
    '/evidence',
    '/evidence/{id}',
    '/facets',
    '/me',
    '/products',
    '/products/{slug}',
    '/products/{slug}/scans',
    '/scans/{id}',
    '/scans/{id}/sbom',
  ]);
  const parameters = body.paths['/products'].get.parameters.map(
    (parameter: { name: string }) => parameter.name,
  );
  for (const name of Object.keys(CatalogQuery.shape)) assert.ok(parameters.includes(name), name);
  const page = await app.request('/api');
  assert.equal(page.status, 200);
  const reference = await page.text();
  assert.match(reference, /GET \/api\/v1\/products/);
  assert.match(reference, /PUT \/api\/v1\/cost-scenarios\/\{id\}/);
});

test('renders user text inert on pages', async () => {
  const page = await (await app.request('/products/hostile')).text();
  assert.ok(!page.includes('<script>alert'), 'no script from the record');
  assert.ok(!page.includes('<img src=x'), 'no markup from the record');
  assert.ok(!page.includes('<iframe'), 'no iframe');
  assert.ok(!page.includes('href="javascript:'), 'no javascript: link');
  assert.ok(page.includes('&lt;script&gt;alert(&quot;description&quot;)&lt;/script&gt;'));
  const listing = await (await app.request('/products?q=hostile')).text();
  assert.ok(!listing.includes('<script>alert'));
});

test('sends security headers and a content security policy', async () => {
  const response = await app.request('/products');
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.ok(!csp.includes('unsafe-inline'));
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(response.headers.get('x-frame-options'));
});

test('pages: catalogue with filters in the URL, product, 404, bad input, French', async () => {
  const catalogue = await app.request('/products?type=data&stage=dpg&q=data');
  assert.equal(catalogue.status, 200);
  const html = await catalogue.text();
  assert.match(html, /<input type="checkbox" name="type" value="data" checked>/);
  assert.match(html, /value="data"/);
  const product = await app.request('/products/dhis2');
  assert.equal(product.status, 200);
  assert.match(await product.text(), /BSD-3-Clause/);
  const missing = await app.request('/products/nothing-here');
  assert.equal(missing.status, 404);
  assert.match(missing.headers.get('content-type') ?? '', /text\/html/);
  const bad = await app.request('/products?page=-4');
  assert.equal(bad.status, 400);
  const french = await app.request('/products?lang=fr');
  assert.match(await french.text(), /<html lang="fr"/);
  assert.match(french.headers.get('set-cookie') ?? '', /lang=fr/);
  const remembered = await app.request('/products', { headers: { cookie: 'lang=fr' } });
  assert.match(await remembered.text(), /<html lang="fr"/);
  const negotiated = await app.request('/products', {
    headers: { 'accept-language': 'fr-SN,fr;q=0.9,en;q=0.5' },
  });
  assert.match(await negotiated.text(), /<html lang="fr"/);
});

test('fuzzed query strings never crash the API or the pages', async () => {
  const fc = (await import('fast-check')).default;
  const key = fc.constantFrom(...Object.keys(CatalogQuery.shape), 'lang', 'x');
  const value = fc.oneof(
    fc.string(),
    fc.integer().map(String),
    fc.constantFrom('software', 'dpg', '3', 'KE', '', '%', '\u0000', '🙂', '<b>'),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(key, value), { maxLength: 6 }),
      fc.constantFrom('/api/v1/products', '/api/v1/facets', '/products'),
      async (pairs, path) => {
        const search = new URLSearchParams(pairs).toString();
        const response = await app.request(`${path}?${search}`);
        assert.ok([200, 400].includes(response.status), `${path}?${search} answered ${response.status}`);
        if (path.startsWith('/api') && response.status === 400) {
          assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        }
        await response.arrayBuffer();
      },
    ),
    { numRuns: 150 },
  );
  for (const path of [
    '/products/%E0%A4%A',
    '/api/v1/products/%00',
    `/api/v1/products/${'a'.repeat(300)}`,
    '/products/..%2F..%2Fetc%2Fpasswd',
  ]) {
    const response = await app.request(path);
    assert.ok([400, 404].includes(response.status), `${path} answered ${response.status}`);
  }
});
