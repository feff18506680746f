import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { language } from '../../language.ts';
import type { AppEnv } from '../../env.ts';
import { createEvidencePages } from './evidence-pages.ts';

const app = new Hono<AppEnv>();
app.use(language('en'));
app.route('/', createEvidencePages());

test('the evidence library lists the case studies, searches lessons and shows the insights', async () => {
  const page = await (await app.request('/evidence')).text();
  for (const id of ['mosip', 'primero', 'cowin', 'unbl', 'a2i'])
    assert.match(page, new RegExp(`href="/evidence/${id}"`));
  assert.match(page, /29 lessons/);
  assert.match(page, /Insights across the case studies/);
  const search = await (await app.request('/evidence?q=privacy&area=security')).text();
  assert.match(search, /1 lesson</);
  assert.match(search, /href="\/evidence\/mosip#lesson-4"/);
  const french = await (await app.request('/evidence?lang=fr&sector=health')).text();
  assert.match(french, /Leçon 2/);
  assert.match(french, /href="\/evidence\/cowin#lesson-2"/);
});

test('the lessons can be filtered by business model, and each shows the models it bears on', async () => {
  const page = await (await app.request('/evidence?businessModel=subscription')).text();
  assert.match(page, /3 lessons</);
  for (const lesson of [3, 5, 7]) assert.match(page, new RegExp(`href="/evidence/primero#lesson-${lesson}"`));
  assert.match(page, /<option value="subscription"\s+selected>/);
  assert.match(page, /Business models:\s+Hosted service by subscription, Government budget\)/);
  assert.doesNotMatch(page, /Insights across the case studies/);
  const both = await (await app.request('/evidence?businessModel=grant-funded&sector=identity')).text();
  assert.match(both, /2 lessons</);
  const french = await (await app.request('/evidence/unbl?lang=fr')).text();
  assert.match(french, /Modèles économiques: /);
});

test('a case study shows its five lenses, figures with their section, and anchored lessons', async () => {
  const response = await app.request('/evidence/cowin');
  assert.equal(response.status, 200);
  const page = await response.text();
  assert.match(page, /Technical architecture/);
  assert.match(page, /Replication and scaling/);
  assert.match(page, /2\.2 billion doses/);
  assert.match(page, /CoWIN, introduction and business model/);
  assert.match(page, /id="lesson-6"/);
  assert.equal((await app.request('/evidence/nothing')).status, 404);
});
