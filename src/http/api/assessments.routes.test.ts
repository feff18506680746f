import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { createTestApp } from '../../../test/support/test-app.ts';
import { createMember, type TestMember } from '../../../test/support/test-accounts.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let close: () => Promise<void>;
let owner: TestMember;
let token: string;
let readToken: string;
let strangerToken: string;

before(async () => {
  let db;
  ({ app, db, close } = await createTestApp());
  owner = await createMember(db);
  token = await owner.token('write');
  readToken = await owner.token('read');
  strangerToken = await (await createMember(db)).token('write');
});
after(() => close());

const send = async (method: string, path: string, body?: unknown, bearer: string | null = token) => {
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : undefined;
  return { response, body: json as any, text };
};

test('lists the models and returns one by id or id@version', async () => {
  const { body } = await send('GET', '/api/v1/assessment-models', undefined, null);
  const products = body.items.filter((model: { assessesProducts: boolean }) => model.assessesProducts);
  assert.deepEqual(
    products.map((model: { key: string }) => model.key),
    ['adoptability@1', 'dpg-standard@1'],
  );
  const standard = body.items.find((model: { id: string }) => model.id === 'dpg-standard');
  assert.equal(standard.title.fr, 'Conformité au standard des biens publics numériques');
  assert.ok(standard.indicators >= 9 && standard.questions > 0);
  assert.equal(
    standard.groups.reduce((sum: number, group: { indicators: number }) => sum + group.indicators, 0),
    standard.indicators,
  );
  const model = await send('GET', '/api/v1/assessment-models/dpg-standard@1', undefined, null);
  assert.equal(model.response.status, 200);
  assert.equal(model.body.groups[0].indicators[0].id, 'sdg-relevance');
  assert.equal((await send('GET', '/api/v1/assessment-models/adoptability')).body.version, 1);
  assert.equal((await send('GET', '/api/v1/assessment-models/adoptability@9')).response.status, 404);
  assert.equal((await send('GET', '/api/v1/assessment-models/Not%20a%20name')).response.status, 400);
});

test('creates, reads, lists, replaces, publishes and deletes an assessment', async () => {
  const created = await send('POST', '/api/v1/assessments', {
    model: 'dpg-standard',
    product: 'dhis2',
    answers: { approvedLicence: 'yes' },
  });
  assert.equal(created.response.status, 201);
  const id = created.body.id as string;
  assert.equal(created.response.headers.get('location'), `/api/v1/assessments/${id}`);
  assert.deepEqual(created.body.model, { id: 'dpg-standard', version: 1 });
  assert.equal(created.body.result.model.id, 'dpg-standard');
  assert.equal(created.body.answers.approvedLicence.value, true);

  const read = await send('GET', `/api/v1/assessments/${id}`);
  assert.deepEqual(read.body, created.body);
  const listed = await send('GET', '/api/v1/assessments?product=dhis2&model=dpg-standard');
  assert.ok(listed.body.items.some((item: { id: string }) => item.id === id));
  assert.equal((await send('GET', '/api/v1/assessments?product=odk')).body.items.length, 0);

  const update = { revision: 1, answers: { approvedLicence: 'no' }, status: 'complete' };
  const saved = await send('PUT', `/api/v1/assessments/${id}`, update);
  assert.equal(saved.response.status, 200);
  assert.equal(saved.body.revision, 2);
  assert.equal(saved.body.status, 'complete');
  const licence = saved.body.result.indicators.find(
    (indicator: { id: string }) => indicator.id === 'open-licence',
  );
  assert.equal(licence.level, 'gap');
  assert.equal(licence.basis, 'answer');
  const stale = await send('PUT', `/api/v1/assessments/${id}`, update);
  assert.equal(stale.response.status, 409);
  assert.equal(stale.body.type, 'urn:dpg-toolkit:problem:conflict');

  assert.equal((await send('GET', `/api/v1/assessments/${id}`, undefined, null)).response.status, 404);
  assert.equal(
    (await send('GET', `/api/v1/assessments/${id}`, undefined, strangerToken)).response.status,
    404,
  );
  const published = await send('PUT', `/api/v1/assessments/${id}/visibility`, { visibility: 'published' });
  assert.equal(published.body.visibility, 'published');
  assert.equal((await send('GET', `/api/v1/assessments/${id}`, undefined, null)).response.status, 200);
  assert.equal(
    (await send('PUT', `/api/v1/assessments/${id}`, { ...update, revision: 2 }, strangerToken)).response
      .status,
    403,
  );

  assert.equal(
    (await send('DELETE', `/api/v1/assessments/${id}`, undefined, readToken)).response.status,
    403,
  );
  assert.equal((await send('DELETE', `/api/v1/assessments/${id}`)).response.status, 204);
  assert.equal((await send('GET', `/api/v1/assessments/${id}`)).response.status, 404);
});

test('refuses bad requests with a problem naming each field, and anonymous changes with 401', async () => {
  const cases: [unknown, string[]][] = [
    [{ model: 'no-such-model', product: 'dhis2' }, ['model']],
    [{ model: 'adoptability', product: 'no-such-product' }, ['product']],
    [
      { model: 'dpg-standard', product: 'dhis2', answers: { approvedLicence: 'maybe', nope: 1 } },
      ['approvedLicence', 'nope'],
    ],
    [{ product: 'dhis2' }, ['model']],
  ];
  for (const [body, paths] of cases) {
    const { response, body: problem } = await send('POST', '/api/v1/assessments', body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.deepEqual(problem.errors.map((error: { path: string }) => error.path).sort(), paths);
  }
  const anonymous = await send(
    'POST',
    '/api/v1/assessments',
    { model: 'adoptability', product: 'dhis2' },
    null,
  );
  assert.equal(anonymous.response.status, 401);
});

test('exports JSON, CSV (one row per indicator, in the language asked), the answers file and a nomination', async () => {
  const { body: record } = await send('POST', '/api/v1/assessments', {
    model: 'dpg-standard@1',
    product: 'odk',
    answers: {
      ownershipDocumented: { value: 'yes', evidence: 'https://getodk.org/legal', note: 'Get ODK Inc.' },
    },
  });
  const base = `/api/v1/assessments/${record.id}/export`;
  const json = await send('GET', `${base}?format=json`);
  assert.match(
    json.response.headers.get('content-disposition') ?? '',
    /attachment; filename="odk-dpg-standard.json"/,
  );
  assert.deepEqual(json.body, record);

  const csv = await send('GET', `${base}?format=csv&lang=fr`);
  assert.equal(csv.response.headers.get('content-type'), 'text/csv; charset=utf-8');
  const rows = parseCsv(csv.text, { bom: true }) as string[][];
  assert.deepEqual(rows[0]!.slice(0, 8), [
    'group_id',
    'Groupe',
    'indicator_id',
    'Indicateur',
    'level_id',
    'Niveau',
    'Score',
    'Fondement',
  ]);
  assert.equal(rows.length, 1 + record.result.indicators.length);
  const ownership = rows.find((row) => row[2] === 'clear-ownership')!;
  assert.deepEqual(ownership.slice(4, 8), ['pass', 'Satisfait', '1', 'par une réponse']);
  assert.match(ownership[8]!, /^Réponse à « La propriété du produit/);

  const answers = await send('GET', `${base}?format=answers`);
  assert.deepEqual(parseYaml(answers.text), {
    model: 'dpg-standard@1',
    answers: {
      ownershipDocumented: { value: true, evidence: 'https://getodk.org/legal', note: 'Get ODK Inc.' },
    },
  });

  const nomination = await send('GET', `${base}?format=nomination`);
  assert.equal(nomination.response.status, 200);
  assert.equal(nomination.body.record.name, 'ODK');
  assert.equal(nomination.body.record.stage, 'nominee');
  assert.equal(nomination.body.screening.clearOwnership.isOwnershipExplicit, 'Yes');

  const { body: other } = await send('POST', '/api/v1/assessments', {
    model: 'adoptability',
    product: 'odk',
  });
  const refused = await send('GET', `/api/v1/assessments/${other.id}/export?format=nomination`);
  assert.equal(refused.response.status, 400);
  assert.equal((await send('GET', `${base}?format=pdf`)).response.status, 400);
});

test('compares assessments by id, and products on a model', async () => {
  const ids = [];
  for (const product of ['dhis2', 'openmrs'])
    ids.push((await send('POST', '/api/v1/assessments', { model: 'adoptability', product })).body.id);
  const byIds = await send('GET', `/api/v1/assessments/compare?ids=${ids.join(',')}`);
  assert.equal(byIds.response.status, 200);
  assert.deepEqual(byIds.body.model.id, 'adoptability');
  assert.deepEqual(
    byIds.body.entries.map((entry: { assessmentId: string }) => entry.assessmentId),
    ids,
  );
  const byProducts = await send(
    'GET',
    '/api/v1/assessments/compare?products=opencrvs&products=x-road&model=adoptability@1',
    undefined,
    null,
  );
  assert.equal(byProducts.response.status, 200);
  assert.deepEqual(
    byProducts.body.entries.map((entry: { assessmentId: null; title: string }) => [
      entry.assessmentId,
      entry.title,
    ]),
    [
      [null, 'OpenCRVS'],
      [null, 'X-Road'],
    ],
  );
  assert.equal((await send('GET', `/api/v1/assessments/compare?ids=${ids[0]}`)).response.status, 400);
  assert.equal((await send('GET', '/api/v1/assessments/compare')).response.status, 400);
  assert.equal(
    (await send('GET', `/api/v1/assessments/compare?ids=${ids.join(',')}`, undefined, null)).response.status,
    404,
  );
});

test('the OpenAPI document describes every assessment route', async () => {
  const { body } = await send('GET', '/api/v1/openapi.json', undefined, null);
  for (const path of [
    '/assessment-models',
    '/assessment-models/{id}',
    '/assessments',
    '/assessments/compare',
    '/assessments/{id}',
    '/assessments/{id}/visibility',
    '/assessments/{id}/export',
  ])
    assert.ok(body.paths[path], path);
  assert.ok(body.components.schemas.AssessmentResult);
});

test('a country model takes a country and a sector; countries compare from their data', async () => {
  const created = await send('POST', '/api/v1/assessments', {
    model: 'country-readiness',
    country: 'KE',
    sector: 'health',
  });
  assert.equal(created.response.status, 201);
  assert.equal(created.body.countryCode, 'KE');
  assert.equal(created.body.sector, 'health');
  assert.equal(created.body.productSlug, null);
  assert.equal(created.body.result.profile.groups.length, 9);
  const listed = await send('GET', '/api/v1/assessments?country=ke');
  assert.deepEqual(
    listed.body.items.map((item: { id: string }) => item.id),
    [created.body.id],
  );

  const wrongKind = await send('POST', '/api/v1/assessments', { model: 'adoptability', country: 'KE' });
  assert.equal(wrongKind.response.status, 400);
  assert.deepEqual(
    wrongKind.body.errors.map((error: { path: string }) => error.path),
    ['country'],
  );
  const badSector = await send('POST', '/api/v1/assessments', {
    model: 'country-readiness',
    country: 'KE',
    sector: 'mining',
  });
  assert.equal(badSector.response.status, 400);

  const compared = await send(
    'GET',
    '/api/v1/assessments/compare?countries=KE,SN:2022&model=country-readiness',
    undefined,
    null,
  );
  assert.equal(compared.response.status, 200);
  assert.deepEqual(
    compared.body.entries.map((entry: { countryCode: string; dataYear: number | null }) => [
      entry.countryCode,
      entry.dataYear,
    ]),
    [
      ['KE', null],
      ['SN', 2022],
    ],
  );
  const unknown = await send('GET', '/api/v1/assessments/compare?countries=KE,ZZ&model=country-readiness');
  assert.equal(unknown.response.status, 400);
});
