import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../../test/support/test-app.ts';
import { createMember, postForm, type TestMember } from '../../../../test/support/test-accounts.ts';
import { createAssessment, getAssessment } from '../../../services/assessments.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Awaited<ReturnType<typeof createTestApp>>['db'];
let close: () => Promise<void>;
let owner: TestMember;

before(async () => {
  ({ app, db, close } = await createTestApp());
  owner = await createMember(db);
});
after(() => close());

const get = (path: string, member: TestMember | null = owner) =>
  app.request(path, member ? { headers: { cookie: member.cookie } } : {});
const post = (path: string, fields: Record<string, string>, member: TestMember | null = owner) =>
  postForm(app, path, fields, member ?? undefined);

/** Posts the answer form with repeated fields (multiple choices) as a browser does. */
const postAnswers = (id: string, fields: [string, string][], member = owner) =>
  app.request(`/assessments/${id}`, {
    method: 'POST',
    headers: {
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: member.cookie,
    },
    body: new URLSearchParams([...fields, ['_csrf', member.csrf]]).toString(),
  });

const start = async (product: string, model: string) => {
  const response = await post('/assessments', { product, model });
  assert.equal(response.status, 303);
  const location = response.headers.get('location') ?? '';
  assert.match(location, /^\/assessments\/[0-9a-f-]{36}\/edit$/);
  return location.split('/')[2]!;
};

test('the product page offers the models, and starting one opens its answer form', async () => {
  const page = await (await get('/products/dhis2')).text();
  assert.match(page, /<h2 id="assess">Assess this product<\/h2>/);
  assert.match(page, /value="dpg-standard@1"/);
  assert.match(page, /value="adoptability@1"/);
  const anonymous = await (await get('/products/dhis2', null)).text();
  assert.match(anonymous, /href="\/sign-in\?next=%2Fproducts%2Fdhis2"/);
  assert.doesNotMatch(anonymous, /action="\/assessments"/);

  const id = await start('dhis2', 'dpg-standard@1');
  const form = await (await get(`/assessments/${id}/edit`)).text();
  assert.match(form, /<h2 id="form-group-openness">Openness<\/h2>/);
  assert.match(form, /The evidence says/);
  assert.match(form, /As the evidence says \(/);
  assert.match(form, /Suggested: https?:\/\//, 'a link suggested from the record, to confirm');
  assert.match(form, /name="revision" value="1"/);
  const listed = await (await get('/products/dhis2')).text();
  assert.match(listed, new RegExp(`href="/assessments/${id}"`));
});

test('answers are saved as a draft, then finished; the result shows charts, gaps and explanations', async () => {
  const id = await start('odk', 'adoptability');
  const fresh = await (await get(`/assessments/${id}/edit`)).text();
  assert.match(fresh, /id="field-a-deploymentCountries"[^>]*value="\d+"/, 'the suggestion fills the field');
  const draft = await postAnswers(id, [
    ['revision', '1'],
    ['status', 'draft'],
    ['a.testPractice', 'most'],
    ['e.testPractice', 'https://example.org/coverage'],
    ['n.testPractice', 'Measured in CI'],
  ]);
  assert.equal(draft.status, 303);
  assert.equal(draft.headers.get('location'), `/assessments/${id}/edit?saved=1`);
  const saved = await getAssessment(db, owner.viewer, id);
  assert.equal(saved.revision, 2);
  assert.equal(saved.status, 'draft');
  assert.deepEqual(saved.answers.testPractice, {
    value: 'most',
    evidence: 'https://example.org/coverage',
    note: 'Measured in CI',
  });
  const again = await (await get(`/assessments/${id}/edit?saved=1`)).text();
  assert.match(again, /Draft saved/);
  assert.match(again, /id="field-a-testPractice-most"[^>]*checked/);
  assert.match(again, /value="https:\/\/example.org\/coverage"/);
  assert.match(again, /id="field-a-deploymentCountries"[^>]*value=""/, 'left blank, it stays blank');
  assert.match(again, /Not filled in, since the answers were saved without it/);

  const finished = await postAnswers(id, [
    ['revision', '2'],
    ['status', 'complete'],
    ['a.testPractice', 'most'],
  ]);
  assert.equal(finished.status, 303);
  assert.equal(finished.headers.get('location'), `/assessments/${id}`);
  const page = await (await get(`/assessments/${id}`)).text();
  assert.match(page, /<h1>ODK<\/h1>/);
  assert.match(page, /Finished/);
  assert.ok((page.match(/<figure class="chart"/g) ?? []).length >= 5, 'a chart per group');
  assert.match(page, /<svg[^>]*role="img"/);
  assert.match(page, /<h2 id="gaps">Gaps<\/h2>/);
  assert.match(page, /<h2 id="recommendations">Recommendations<\/h2>/);
  assert.match(page, /Answered “How much of the product&#39;s behaviour do automated tests check\?”/);
  assert.match(page, /Score \d+ % · coverage|Score \d+% · coverage/);
  assert.match(page, /OpenSSF/);
  const french = await (await get(`/assessments/${id}?lang=fr`)).text();
  assert.match(french, /Profil/);
  assert.match(french, /Qualité/);
});

test('a refused answer form names each field and keeps what was typed', async () => {
  const id = await start('openmrs', 'dpg-standard');
  const response = await postAnswers(id, [
    ['revision', '1'],
    ['status', 'draft'],
    ['a.licenceEvidenceUrl', 'not a link'],
    ['e.approvedLicence', 'https://example.org/licence'],
    ['a.ownerName', 'OpenMRS Inc.'],
  ]);
  assert.equal(response.status, 400);
  const page = await response.text();
  assert.match(page, /Nothing was saved: 2 fields need correcting/);
  assert.match(page, /Give a link that starts with https:\/\/ or http:\/\//);
  assert.match(page, /Answer the question to keep a link or a note/);
  assert.match(page, /value="not a link"/);
  assert.match(page, /OpenMRS Inc\./);
  assert.match(page, /aria-invalid="true"/);
  assert.equal((await getAssessment(db, owner.viewer, id)).revision, 1);

  const stale = await postAnswers(id, [
    ['revision', '7'],
    ['status', 'draft'],
    ['a.ownerName', 'Kept'],
  ]);
  assert.equal(stale.status, 409);
  const conflict = await stale.text();
  assert.match(conflict, /Someone saved this assessment while you were answering/);
  assert.match(conflict, /Kept/);
});

test('compare shows two products side by side, and refuses a single one', async () => {
  const page = await (
    await get('/assessments/compare?products=dhis2&products=openmrs&model=adoptability')
  ).text();
  assert.match(page, /<figure class="chart" id="chart-comparison">/);
  assert.match(page, /<a href="\/products\/openmrs">OpenMRS<\/a>/);
  assert.match(page, /<th scope="rowgroup">Quality<\/th>/);
  const empty = await get('/assessments/compare');
  assert.equal(empty.status, 200);
  assert.match(await empty.text(), /Choose the products/);
  const single = await get('/assessments/compare?ids=00000000-0000-4000-8000-000000000000');
  assert.equal(single.status, 400);
  assert.match(await single.text(), /compare from 2 to 4/);
});

test('the list shows own and published work; publishing and deleting work from the pages', async () => {
  const id = await start('kobotoolbox', 'adoptability');
  const list = await (await get('/assessments')).text();
  assert.match(list, new RegExp(`href="/assessments/${id}"`));
  assert.doesNotMatch(await (await get('/assessments', null)).text(), new RegExp(id));
  assert.equal((await get(`/assessments/${id}`, null)).status, 404);
  assert.equal((await post(`/assessments/${id}/publish`, { published: '1' })).status, 303);
  const published = await (await get(`/assessments/${id}`, null)).text();
  assert.match(published, /Anyone can read it at this address/);
  assert.doesNotMatch(published, /Answer the questions/);
  assert.match(await (await get('/assessments', null)).text(), new RegExp(id));
  const confirm = await (await get(`/assessments/${id}/delete`)).text();
  assert.match(confirm, /This cannot be undone/);
  assert.equal((await post(`/assessments/${id}/delete`, {})).status, 303);
  assert.equal((await get(`/assessments/${id}`)).status, 404);
});

test('starting with an unknown product answers 400 and a signed-out visitor is sent to sign in', async () => {
  const refused = await post('/assessments', { product: 'no-such-product', model: 'adoptability' });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /The assessment was not started/);
  const anonymous = await post('/assessments', { product: 'dhis2', model: 'adoptability' }, null);
  assert.equal(anonymous.status, 303);
  assert.match(anonymous.headers.get('location') ?? '', /^\/sign-in/);
});

test('text people typed is rendered inert', async () => {
  const record = await createAssessment(db, owner.viewer, {
    model: 'dpg-standard',
    product: 'hostile',
    answers: { ownerName: '<script>alert("owner")</script>' },
  });
  const page = await (await get(`/assessments/${record.id}`)).text();
  assert.doesNotMatch(page, /<script>alert/);
  assert.match(page, /&lt;script&gt;alert/);
  const form = await (await get(`/assessments/${record.id}/edit`)).text();
  assert.doesNotMatch(form, /<script>alert/);
});
