import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/support/test-app.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let close: () => Promise<void>;

before(async () => {
  ({ app, close } = await createTestApp());
});
after(() => close());

const get = async (path: string) => {
  const response = await app.request(path);
  return { response, body: (await response.json()) as any };
};
const ids = (items: { caseStudy: string; number: number }[]) =>
  items.map((item) => `${item.caseStudy}#${item.number}`);

test('lists every lesson with its case study, tags and citation, and the insights when unfiltered', async () => {
  const { response, body } = await get('/api/v1/evidence');
  assert.equal(response.status, 200);
  assert.equal(body.total, 29);
  assert.equal(body.items.length, 29);
  assert.equal(body.insights.length, 5);
  assert.equal(body.source.path, 'seeds/undp-dpg-case-studies.txt');
  const lesson = body.items.find(
    (item: { caseStudy: string; number: number }) => item.caseStudy === 'cowin' && item.number === 4,
  );
  assert.equal(lesson.caseStudyName, 'CoWIN');
  assert.deepEqual(lesson.areas, ['product', 'scalability']);
  assert.deepEqual(lesson.sectors, ['health']);
  assert.deepEqual(lesson.businessModels, ['government-funded', 'partnership-funded']);
  assert.equal(lesson.url, '/evidence/cowin#lesson-4');
  assert.deepEqual(lesson.citation, {
    source: 'Digital Public Goods for the SDGs, five case studies (UNDP)',
    section: 'CoWIN lesson 4',
  });
  assert.ok(lesson.title.en && lesson.title.fr);
});

test('filters by words, area, sector and business model, and leaves the insights out', async () => {
  const subscription = await get('/api/v1/evidence?businessModel=subscription');
  assert.deepEqual(ids(subscription.body.items), ['primero#3', 'primero#5', 'primero#7']);
  assert.equal(subscription.body.insights, undefined);
  const combined = await get(
    '/api/v1/evidence?businessModel=grant-funded&sector=identity&area=sustainability',
  );
  assert.deepEqual(ids(combined.body.items), ['mosip#1', 'mosip#2']);
  const words = await get('/api/v1/evidence?q=vie%20privee&area=security');
  assert.deepEqual(ids(words.body.items), ['mosip#4']);
  const none = await get('/api/v1/evidence?q=nothing%20like%20this');
  assert.deepEqual([none.body.total, none.body.items], [0, []]);
});

test('returns one case study whole, with its lessons linked and cited', async () => {
  const { response, body } = await get('/api/v1/evidence/unbl');
  assert.equal(response.status, 200);
  assert.equal(body.name, 'UN Biodiversity Lab');
  assert.equal(body.businessModel, 'partnership-funded');
  assert.deepEqual(Object.keys(body.lenses), [
    'technical-architecture',
    'business-model',
    'organisational-stewardship',
    'community-support',
    'replication-scaling',
  ]);
  assert.match(body.figures[0].text.en, /81 %/);
  assert.deepEqual(
    body.lessons.map((lesson: { number: number }) => lesson.number),
    [1, 2, 3, 4, 5, 6],
  );
  assert.deepEqual(body.lessons[1].businessModels, ['partnership-funded', 'grant-funded']);
  assert.equal(body.lessons[0].url, '/evidence/unbl#lesson-1');
  assert.equal(body.source.title, 'Digital Public Goods for the SDGs, five case studies (UNDP)');
});

test('answers an unknown case study with 404 and a bad parameter with 400, as problem details', async () => {
  const missing = await get('/api/v1/evidence/nothing');
  assert.equal(missing.response.status, 404);
  assert.match(missing.response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(missing.body.status, 404);
  assert.match(missing.body.detail, /nothing/);
  for (const path of [
    '/api/v1/evidence?businessModel=crowdfunded',
    '/api/v1/evidence?area=everything',
    '/api/v1/evidence?sector=tourism',
    `/api/v1/evidence?q=${'a'.repeat(201)}`,
    '/api/v1/evidence/Not%20an%20id',
  ]) {
    const { response, body } = await get(path);
    assert.equal(response.status, 400, path);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, path);
    assert.equal(body.status, 400, path);
  }
  const bad = await get('/api/v1/evidence?businessModel=crowdfunded');
  assert.deepEqual(
    bad.body.errors.map((error: { path: string }) => error.path),
    ['businessModel'],
  );
});
