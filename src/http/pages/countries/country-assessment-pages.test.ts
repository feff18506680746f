import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { importSharedCountryData } from '../../../../test/support/country-data.ts';
import { createMember, postForm, type TestMember } from '../../../../test/support/test-accounts.ts';
import { createTestApp } from '../../../../test/support/test-app.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let close: () => Promise<void>;
let db: Awaited<ReturnType<typeof createTestApp>>['db'];
let owner: TestMember;

before(async () => {
  const created = await createTestApp();
  ({ app, close, db } = created);
  await importSharedCountryData(created.db);
  owner = await createMember(created.db);
});
after(() => close());

const get = (url: string, member: TestMember | null = owner) =>
  app.request(url, member ? { headers: { cookie: member.cookie } } : {});

test('the country page shows what the open data says and offers the country models', async () => {
  const page = await (await get('/countries/KE')).text();
  assert.match(page, /<h2 id="readiness">Readiness and capacity<\/h2>/);
  assert.match(page, /<table class="heat-map">/);
  assert.equal((page.match(/<tr>\s*<th scope="row">/g) ?? []).length, 9, 'the nine readiness areas');
  assert.match(page, /class="number heat heat-[0-4]"/, 'areas the open data informs are coloured');
  assert.match(page, /value="country-readiness@1"/);
  assert.match(page, /value="capacity-needs@1"/);
  assert.doesNotMatch(page, /value="adoptability@1"/, 'product models are not offered for a country');
  assert.match(page, /<option value="health"/);
  assert.match(page, /href="\/countries\/compare\?countries=KE"/);
  const anonymous = await (await get('/countries/KE', null)).text();
  assert.match(anonymous, /href="\/sign-in\?next=%2Fcountries%2FKE"/);
  assert.doesNotMatch(anonymous, /action="\/assessments"/);
  const noData = await (await get('/countries/AQ')).text();
  assert.match(noData, /No GTMI or EGDI values are loaded/);
});

test('a readiness assessment started from the country page shows a heat map and prioritised actions', async () => {
  const started = await postForm(
    app,
    '/assessments',
    { country: 'KE', model: 'country-readiness@1', sector: 'health' },
    owner,
  );
  assert.equal(started.status, 303);
  const id = (started.headers.get('location') ?? '').split('/')[2]!;
  const page = await (await get(`/assessments/${id}`)).text();
  assert.match(page, /<h1>Kenya \(Health\)<\/h1>/);
  assert.match(page, /href="\/countries\/KE">Kenya<\/a>/);
  assert.match(page, /<h2 id="heat-map">Heat map of the areas<\/h2>/);
  assert.match(page, /<h2 id="recommendations">Prioritised actions<\/h2>/);
  assert.match(page, /href="\/evidence\/[a-z0-9-]+#lesson-\d+"/, 'actions drawn from a lesson link to it');
  assert.match(page, /the country profile and the indicators imported/);

  const country = await (await get('/countries/KE')).text();
  assert.match(country, new RegExp(`href="/assessments/${id}">Kenya \\(Health\\)</a>`));
  const list = await (await get('/assessments?model=country-readiness')).text();
  assert.match(list, new RegExp(`href="/assessments/${id}">Kenya \\(Health\\)</a>`));
  assert.match(list, /· Country readiness for digital public goods ·/, 'named by its model, not its id');
  const french = await (await get(`/assessments/${id}?lang=fr`)).text();
  assert.match(french, /Actions par ordre de priorité/);
  assert.match(french, /Carte de chaleur des domaines/);

  const refused = await postForm(app, '/assessments', { country: 'KE', model: 'adoptability@1' }, owner);
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /assesses products, not countries/);
});

test('countries compare side by side and over the years; bad entries are named', async () => {
  const form = await app.request('/countries/compare?countries=KE');
  assert.equal(form.status, 200);
  assert.match(
    await form.text(),
    /id="compare-country-0"[^>]*value="KE"|value="KE"[^>]*id="compare-country-0"/s,
  );
  const two = await app.request('/countries/compare?countries=KE,RW&model=country-readiness&lang=fr');
  assert.equal(two.status, 200);
  const page = await two.text();
  assert.match(page, /<a href="\/countries\/KE">Kenya<\/a>/);
  assert.match(page, /<a href="\/countries\/RW">Rwanda<\/a>/);
  assert.match(page, /<table class="heat-map">/);
  assert.match(page, /<svg/, 'the comparison chart');
  const overTime = await (
    await app.request('/countries/compare?countries=KE:2020&countries=KE:2025&model=country-readiness')
  ).text();
  assert.match(overTime, />Kenya 2020<\/a>/);
  assert.match(overTime, />Kenya 2025<\/a>/);
  const bad = await app.request('/countries/compare?countries=KE,Narnia&model=country-readiness');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /countries\.1/);
});

test('a capacity assessment shows its training plan and a staffing proposal for the scale chosen', async () => {
  const started = await postForm(app, '/assessments', { country: 'SN', model: 'capacity-needs@1' }, owner);
  assert.equal(started.status, 303);
  const id = (started.headers.get('location') ?? '').split('/')[2]!;
  const page = await (await get(`/assessments/${id}`)).text();
  assert.match(page, /<h2 id="training-plan">/);
  assert.match(page, /<h2 id="staffing">/);
  assert.match(page, /<option value="ministry"[^>]*selected/);
  const national = await (await get(`/assessments/${id}?scale=national&products=3`)).text();
  assert.match(national, /<option value="national"[^>]*selected/);
  assert.match(national, /value="3"/);
  assert.notEqual(
    national.match(/<tfoot>[\s\S]*?<\/tfoot>/)?.[0],
    page.match(/<tfoot>[\s\S]*?<\/tfoot>/)?.[0],
    'a national programme of three products needs more people than one ministry',
  );
  const bad = await get(`/assessments/${id}?scale=galactic&products=0`);
  assert.equal(bad.status, 200, 'a bad choice falls back to the defaults, with a message');
  const badText = await bad.text();
  assert.match(badText, /The scale must be one of pilot, ministry, national, multi-country/);
  assert.match(badText, /<option value="ministry"[^>]*selected/);
});

test("a capacity assessment's staffing proposal starts a cost scenario with its team", async () => {
  const started = await postForm(app, '/assessments', { country: 'SN', model: 'capacity-needs@1' }, owner);
  const id = (started.headers.get('location') ?? '').split('/')[2]!;
  const page = await (await get(`/assessments/${id}?scale=national&products=2`)).text();
  const form = page.match(
    /<form method="post" action="\/assessments\/[^"]+\/cost-scenario"[\s\S]*?<\/form>/,
  )?.[0];
  assert.ok(form, 'the form under the staffing table');
  assert.match(form, /name="scale" value="national"/);
  assert.match(form, /name="products" value="2"/);
  assert.match(form, /Start a cost scenario with this team/);
  const staffing = page.slice(page.indexOf('<h2 id="staffing">'));
  const table = staffing.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0] ?? '';
  const roles = [
    ...table.matchAll(/<tr>\s*<th scope="row">([^<]+)<\/th>\s*<td class="number">([\d.]+)<\/td>/g),
  ]
    .filter((row) => Number(row[2]) > 0)
    .map((row) => row[1]!.trim());
  assert.ok(roles.length > 3, 'the proposal has roles');

  const created = await postForm(
    app,
    `/assessments/${id}/cost-scenario`,
    { scale: 'national', products: '2' },
    owner,
  );
  assert.equal(created.status, 303);
  const location = created.headers.get('location') ?? '';
  assert.match(location, /^\/costs\/[0-9a-f-]{36}\/edit$/);
  const edit = await (await get(location)).text();
  assert.match(edit, /Programme team \(capacity-needs proposal, National\)/);
  for (const role of roles) assert.ok(edit.includes(`${role} | `), `the editor lists ${role}`);
  const results = await (await get(location.replace(/\/edit$/, ''))).text();
  assert.match(results, /XOF/, "the scenario is in the country's currency");

  const viewer = await createMember(db, { role: 'viewer', organisation: owner.organisation });
  const viewed = await (await get(`/assessments/${id}`, viewer)).text();
  assert.match(viewed, /<h2 id="staffing">/);
  assert.doesNotMatch(viewed, /cost-scenario/, 'no form for a member who may not create');
  const stranger = await createMember(db);
  const refused = await postForm(
    app,
    `/assessments/${id}/cost-scenario`,
    { scale: 'national', products: '2' },
    stranger,
  );
  assert.equal(refused.status, 404);
  const forged = await app.request(`/assessments/${id}/cost-scenario`, {
    method: 'POST',
    headers: {
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: owner.cookie,
    },
    body: new URLSearchParams({ scale: 'national', products: '2' }).toString(),
  });
  assert.equal(forged.status, 403, 'a form without its token is refused');
  const bad = await postForm(
    app,
    `/assessments/${id}/cost-scenario`,
    { scale: 'galactic', products: '2' },
    owner,
  );
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /scale/);
});
