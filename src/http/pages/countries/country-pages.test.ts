import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { importSharedCountryData } from '../../../../test/support/country-data.ts';
import { createTestApp } from '../../../../test/support/test-app.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let close: () => Promise<void>;

before(async () => {
  const created = await createTestApp();
  ({ app, close } = created);
  await importSharedCountryData(created.db);
});
after(() => close());

test('the country list filters by region and income group, in English and French', async () => {
  const all = await (await app.request('/countries')).text();
  assert.match(all, /250 countries|2\d\d countries/);
  assert.match(all, /<a href="\/countries\/KE">Kenya<\/a>/);
  const eastAfricaLow = await app.request('/countries?region=Eastern+Africa&income=low');
  const text = await eastAfricaLow.text();
  assert.equal(eastAfricaLow.status, 200);
  assert.match(text, /href="\/countries\/UG"/);
  assert.doesNotMatch(text, /href="\/countries\/KE"/, 'Kenya is lower-middle income');
  assert.doesNotMatch(text, /href="\/countries\/FR"/);
  const french = await (await app.request('/countries?lang=fr&region=Western+Europe')).text();
  assert.match(french, /Europe de l’Ouest|Europe de l'Ouest|Europe de l&#39;Ouest/);
  assert.match(french, /Revenu élevé/);
  assert.equal((await app.request('/countries?income=rich')).status, 400);
});

test('a country page shows its profile, indicators with year and source, DPGs deployed and cost link', async () => {
  const response = await app.request('/countries/KE');
  assert.equal(response.status, 200);
  const page = await response.text();
  assert.match(page, /KE · KEN · 404/);
  assert.match(page, /Lower-middle income/);
  assert.match(page, /GovTech Maturity Index/);
  assert.match(page, /GTMI 2025/);
  assert.match(page, /UN E-Government Survey 2022/);
  assert.match(page, /href="\/costs\?country=KE"/);
  assert.match(page, /href="\/products\/[a-z0-9-]+"/, 'the registry lists DPGs deployed in Kenya');
  const redirect = await app.request('/countries/ken');
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get('location'), '/countries/KE');
  assert.equal((await app.request('/countries/ZZ')).status, 404);
  const french = await (await app.request('/countries/NP?lang=fr')).text();
  assert.match(french, /pays les moins avancés · pays en développement sans littoral/);
});

test('GET /api/v1/countries and /api/v1/countries/{code}', async () => {
  const list = await (await app.request('/api/v1/countries?income=high&region=Europe')).json();
  assert.ok(list.total > 30);
  assert.ok(list.items.every((item: { incomeGroup: string }) => item.incomeGroup === 'high'));
  const kenya = await (await app.request('/api/v1/countries/KEN')).json();
  assert.equal(kenya.profile.code, 'KE');
  assert.equal(kenya.profile.currency, 'KES');
  assert.equal(kenya.indicators.filter((value: { source: string }) => value.source === 'gtmi').length, 18);
  assert.ok(kenya.products.length > 0);
  assert.equal((await app.request('/api/v1/countries/QQ')).status, 404);
  assert.equal((await app.request('/api/v1/countries?income=rich')).status, 400);
});
