import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { computeScenario } from '../../core/cost/cost-model.ts';
import { parseScenario } from '../../core/cost/scenario.ts';
import { exampleAdoptVersusLicence } from '../../core/cost/worked-examples.ts';
import ExcelJS from 'exceljs';
import { createTestApp } from '../../../test/support/test-app.ts';
import { createMember, type TestMember } from '../../../test/support/test-accounts.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let close: () => Promise<void>;
let owner: TestMember;
let token: string;

before(async () => {
  let db;
  ({ app, db, close } = await createTestApp());
  owner = await createMember(db);
  token = await owner.token('write');
});
after(() => close());

const send = async (method: string, path: string, body?: unknown) => {
  const authorization = `Bearer ${token}`;
  const response = await app.request(path, {
    method,
    ...(body === undefined
      ? { headers: { authorization } }
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization } }),
  });
  const text = await response.text();
  return { response, body: text ? (JSON.parse(text) as any) : undefined };
};

const draft = { country: 'KE', products: ['dhis2'], scenario: exampleAdoptVersusLicence };

test('creates, reads, lists, replaces and deletes a scenario, with its analysis', async () => {
  const created = await send('POST', '/api/v1/cost-scenarios', draft);
  assert.equal(created.response.status, 201);
  const id = created.body.id as string;
  assert.equal(created.response.headers.get('location'), `/api/v1/cost-scenarios/${id}`);
  const expected = computeScenario(parseScenario(exampleAdoptVersusLicence));
  assert.deepEqual(created.body.analysis.result, JSON.parse(JSON.stringify(expected)));

  const read = await send('GET', `/api/v1/cost-scenarios/${id}?seed=7&iterations=100`);
  assert.equal(read.response.status, 200);
  assert.equal(read.body.analysis.monteCarlo.seed, 7);
  assert.equal(read.body.analysis.monteCarlo.iterations, 100);
  assert.ok(read.body.analysis.tornado.length > 0);

  const listed = await send('GET', '/api/v1/cost-scenarios?country=KE');
  assert.ok(listed.body.items.some((item: { id: string }) => item.id === id));
  const elsewhere = await send('GET', '/api/v1/cost-scenarios?country=SN');
  assert.ok(!elsewhere.body.items.some((item: { id: string }) => item.id === id));

  const renamed = { ...draft, revision: 1, scenario: { ...draft.scenario, name: 'Renamed' } };
  const saved = await send('PUT', `/api/v1/cost-scenarios/${id}`, renamed);
  assert.equal(saved.response.status, 200);
  assert.equal(saved.body.revision, 2);
  const stale = await send('PUT', `/api/v1/cost-scenarios/${id}`, renamed);
  assert.equal(stale.response.status, 409);
  assert.equal(stale.body.type, 'urn:dpg-toolkit:problem:conflict');

  assert.equal((await send('DELETE', `/api/v1/cost-scenarios/${id}`)).response.status, 204);
  assert.equal((await send('GET', `/api/v1/cost-scenarios/${id}`)).response.status, 404);
  assert.equal((await send('DELETE', `/api/v1/cost-scenarios/${id}`)).response.status, 404);
});

test('answers invalid scenarios with a 400 problem naming each field, and saves nothing', async () => {
  const before = (await send('GET', '/api/v1/cost-scenarios')).body.items.length;
  const broken = structuredClone(exampleAdoptVersusLicence) as any;
  broken.options[0].lines[0].endYear = -1;
  broken.options[1].lines[0].currency = 'ABC';
  const cases: [unknown, string[]][] = [
    [
      { ...draft, scenario: broken },
      ['scenario.options.0.lines.0.endYear', 'scenario.options.1.lines.0.currency'],
    ],
    [{ ...draft, country: 'Atlantis' }, ['country']],
    [{ ...draft, products: ['no-such-product'] }, ['products.0']],
  ];
  for (const [body, paths] of cases) {
    const { response, body: problem } = await send('POST', '/api/v1/cost-scenarios', body);
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    for (const path of paths)
      assert.ok(
        problem.errors.some((error: { path: string }) => error.path === path),
        `${path} in ${JSON.stringify(problem.errors)}`,
      );
  }
  const notJson = await app.request('/api/v1/cost-scenarios', {
    method: 'POST',
    body: '{"country":',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });
  assert.equal(notJson.status, 400);
  assert.equal((await send('GET', '/api/v1/cost-scenarios')).body.items.length, before);
  assert.equal((await send('GET', '/api/v1/cost-scenarios/not-a-uuid')).response.status, 404);
  assert.equal((await send('GET', '/api/v1/cost-scenarios?country=xx')).response.status, 400);
  const tooMany = await send(
    'GET',
    `/api/v1/cost-scenarios/00000000-0000-0000-0000-000000000000?iterations=1000000`,
  );
  assert.equal(tooMany.response.status, 400);
});

test('analyses without saving, and offers templates in the reader’s language', async () => {
  const analysed = await send('POST', '/api/v1/cost/analyse', exampleAdoptVersusLicence);
  assert.equal(analysed.response.status, 200);
  assert.equal(analysed.body.result.options.length, 2);
  const english = await send('GET', '/api/v1/cost-templates');
  const french = await send('GET', '/api/v1/cost-templates?lang=fr');
  assert.deepEqual(
    english.body.items.map((item: { id: string }) => item.id),
    ['dpg-vs-proprietary', 'dpg-vs-proprietary-vs-custom', 'blank'],
  );
  assert.notEqual(
    english.body.items[0].scenario.options[0].name,
    french.body.items[0].scenario.options[0].name,
  );
});

test('a form post from another site is refused; a body over the limit gets a 413 problem', async () => {
  // The browser of a signed-in member sends the session cookie along with a forged cross-site form.
  const foreign = await app.request('/api/v1/cost-scenarios', {
    method: 'POST',
    body: 'country=KE',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://evil.example',
      cookie: owner.cookie,
    },
  });
  assert.equal(foreign.status, 403);
  // Without a session, such a request has no authority to borrow: it is simply not signed in.
  const anonymous = await app.request('/api/v1/cost-scenarios', {
    method: 'POST',
    body: 'country=KE',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
  });
  assert.ok([401, 415].includes(anonymous.status));
  const huge = await app.request('/api/v1/cost/analyse', {
    method: 'POST',
    body: JSON.stringify({ padding: 'x'.repeat(1_100_000) }),
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(huge.status, 413);
  assert.match(huge.headers.get('content-type') ?? '', /application\/problem\+json/);
});

test('the OpenAPI document describes the cost endpoints', async () => {
  const { body } = await send('GET', '/api/v1/openapi.json');
  for (const path of ['/cost-scenarios', '/cost-scenarios/{id}', '/cost/analyse', '/cost-templates'])
    assert.ok(body.paths[path], path);
  assert.ok(body.components.schemas.ScenarioAnalysis);
});

test('exports a saved scenario as XLSX, CSV, JSON and YAML, and the YAML and JSON import back', async () => {
  const { body: record } = await send('POST', '/api/v1/cost-scenarios', draft);
  const url = `/api/v1/cost-scenarios/${record.id}/export`;
  const xlsx = await app.request(`${url}?format=xlsx`, { headers: { cookie: owner.cookie } });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-disposition') ?? '', /attachment; filename=".+\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await xlsx.arrayBuffer());
  const summary = workbook.worksheets[0]!;
  const npvColumn = (summary.getRow(1).values as unknown[]).findIndex((value) =>
    /NPV|present value/i.test(String(value)),
  );
  assert.ok(npvColumn > 0, 'the summary sheet has a present value column');
  assert.ok(
    Math.abs(Number(summary.getRow(2).getCell(npvColumn).value) - record.analysis.result.options[0].npv) <
      1e-6,
  );

  const csv = await app.request(`${url}?format=csv&table=years&lang=fr`, {
    headers: { cookie: owner.cookie },
  });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.match(await csv.text(), /Année/);
  const missing = await send('GET', `${url}?format=csv&table=spaceship`);
  assert.equal(missing.response.status, 400);

  for (const format of ['yaml', 'json']) {
    const file = await (
      await app.request(`${url}?format=${format}`, { headers: { cookie: owner.cookie } })
    ).text();
    const form = new FormData();
    form.set('file', new File([file], `scenario.${format}`));
    form.set('country', 'SN');
    form.set('_csrf', owner.csrf);
    const imported = await app.request('/costs/import', {
      method: 'POST',
      body: form,
      headers: { origin: 'http://localhost', cookie: owner.cookie },
    });
    assert.equal(imported.status, 303, format);
    const id = (imported.headers.get('location') ?? '').split('/').pop();
    const copy = await send('GET', `/api/v1/cost-scenarios/${id}`);
    assert.equal(copy.body.country, 'SN');
    assert.deepEqual(copy.body.analysis.result, record.analysis.result, format);
  }
  const broken = new FormData();
  broken.set('file', new File(['options: [1, 2'], 'broken.yaml'));
  broken.set('country', 'SN');
  broken.set('_csrf', owner.csrf);
  const refused = await app.request('/costs/import', {
    method: 'POST',
    body: broken,
    headers: { origin: 'http://localhost', cookie: owner.cookie },
  });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /The file was not imported: .*line 1/);
});
