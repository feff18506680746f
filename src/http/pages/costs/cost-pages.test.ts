import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formValuesOf } from './cost-form.ts';
import { createTestApp } from '../../../../test/support/test-app.ts';
import { createMember, type TestMember } from '../../../../test/support/test-accounts.ts';
import { getCostScenario } from '../../../services/cost-scenarios.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Awaited<ReturnType<typeof createTestApp>>['db'];
let close: () => Promise<void>;

let owner: TestMember;

before(async () => {
  ({ app, db, close } = await createTestApp());
  owner = await createMember(db);
});
after(() => close());

const post = (path: string, body: Record<string, string>, origin = 'http://localhost') =>
  app.request(path, {
    method: 'POST',
    body: new URLSearchParams({ ...body, _csrf: owner.csrf }),
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', cookie: owner.cookie },
  });
const get = (path: string) => app.request(path, { headers: { cookie: owner.cookie } });

const createScenario = async (fields: Record<string, string> = {}) => {
  const response = await post('/costs', {
    name: 'Civil registration in Kenya',
    country: 'KE',
    products: 'dhis2',
    template: 'dpg-vs-proprietary',
    ...fields,
  });
  assert.equal(response.status, 303);
  const location = response.headers.get('location') ?? '';
  assert.match(location, /^\/costs\/[0-9a-f-]{36}$/);
  return location.slice('/costs/'.length);
};

test('a scenario started from a template shows its summary, figures and sources', async () => {
  const id = await createScenario();
  const page = await (await get(`/costs/${id}`)).text();
  assert.match(page, /<h1>Civil registration in Kenya<\/h1>/);
  assert.match(page, /Over 10 years, “Adopt the DPG with a local integrator” costs the least/);
  assert.match(page, /stays in the country/);
  assert.match(page, /<a href="\/products\/dhis2">DHIS2<\/a>/);
  assert.match(page, /UNDP, case studies of Digital Public Goods/);
  const french = await (await get(`/costs/${id}?lang=fr`)).text();
  assert.match(french, /Sur 10 ans, « Adopt the DPG with a local integrator » coûte le moins/);
  const list = await (await get('/costs?country=KE')).text();
  assert.match(list, new RegExp(`href="/costs/${id}"`));
  const elsewhere = await (await get('/costs?country=SN')).text();
  assert.doesNotMatch(elsewhere, new RegExp(`href="/costs/${id}"`));
});

test('creating with an unknown country or product answers 400 and saves nothing', async () => {
  const response = await post('/costs', {
    name: 'x',
    country: 'ZZ',
    products: 'no-such-dpg',
    template: 'blank',
  });
  assert.equal(response.status, 400);
  const page = await response.text();
  assert.match(page, /The scenario was not created/);
  assert.doesNotMatch(page, /href="\/costs\/[0-9a-f-]{36}"[^>]*>x</);
});

test('the editor saves a change, and a refused form keeps what was typed', async () => {
  const id = await createScenario();
  const editor = await get(`/costs/${id}/edit`);
  assert.equal(editor.status, 200);
  const record = await getCostScenario(db, owner.viewer, id);
  const values = { ...formValuesOf(record), revision: '1' };

  const refused = await post(`/costs/${id}`, { ...values, 'o0.l0.amount': 'a lot', 'o0.l1.endYear': '-1' });
  assert.equal(refused.status, 400);
  const page = await refused.text();
  assert.match(page, /Nothing was saved: 2 fields need correcting/);
  assert.match(page, /value="a lot"/);
  assert.match(page, /aria-invalid="true"/);
  assert.equal((await getCostScenario(db, owner.viewer, id)).revision, 1);

  const saved = await post(`/costs/${id}`, { ...values, 'o0.l0.amount': '150000', name: 'Renamed' });
  assert.equal(saved.status, 303);
  const after = await getCostScenario(db, owner.viewer, id);
  assert.equal(after.revision, 2);
  assert.equal(after.scenario.name, 'Renamed');
  assert.equal(after.scenario.options[0]!.lines[0]!.amount, 150_000);
  assert.deepEqual(after.scenario.options[1], record.scenario.options[1]);

  const stale = await post(`/costs/${id}`, { ...values, name: 'Lost?' });
  assert.equal(stale.status, 409);
  const conflict = await stale.text();
  assert.match(conflict, /Someone saved this scenario while you were editing it/);
  assert.match(conflict, /value="Lost\?"/);
  assert.match(conflict, /name="revision" value="2"/);
  assert.equal((await getCostScenario(db, owner.viewer, id)).scenario.name, 'Renamed');
});

test('a form posted from another site is refused', async () => {
  const id = await createScenario();
  const response = await post(`/costs/${id}/delete`, {}, 'https://evil.example');
  assert.equal(response.status, 403);
  assert.equal((await getCostScenario(db, owner.viewer, id)).revision, 1);
});

test('deleting asks first, then removes the scenario', async () => {
  const id = await createScenario();
  const confirm = await (await get(`/costs/${id}/delete`)).text();
  assert.match(confirm, /This cannot be undone/);
  assert.equal((await post(`/costs/${id}/delete`, {})).status, 303);
  assert.equal((await get(`/costs/${id}`)).status, 404);
  assert.equal((await get('/costs/not-a-uuid/edit')).status, 404);
});

test('text people typed is rendered inert on every cost page', async () => {
  const id = await createScenario({ name: '<script>alert("x")</script>' });
  const record = await getCostScenario(db, owner.viewer, id);
  const values = { ...formValuesOf(record), revision: '1', 'o0.name': '<img src=x onerror=alert(1)>' };
  assert.equal((await post(`/costs/${id}`, values)).status, 303);
  for (const path of [`/costs/${id}`, `/costs/${id}/edit`, `/costs/${id}/delete`, '/costs']) {
    const page = await (await get(path)).text();
    assert.doesNotMatch(page, /<script>alert/, path);
    assert.doesNotMatch(page, /<img src=x/, path);
  }
});
