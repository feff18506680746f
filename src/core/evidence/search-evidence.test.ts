import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseStudy } from './case-study.ts';
import { lessonLink } from './lesson-link.ts';
import { searchLessons } from './search-evidence.ts';

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const lens = text('x');
const study = (id: string, name: string, sectors: string[], lessons: CaseStudy['lessons']): CaseStudy => ({
  id,
  name,
  sectors,
  businessModel: 'grant-funded',
  summary: text('summary'),
  figures: [],
  lenses: {
    'technical-architecture': lens,
    'business-model': lens,
    'organisational-stewardship': lens,
    'community-support': lens,
    'replication-scaling': lens,
  },
  lessons,
});
const studies = [
  study(
    'cowin',
    'CoWIN',
    ['health'],
    [
      {
        number: 3,
        title: text('Costs shift'),
        text: { en: 'Vendor fees freed', fr: 'Frais libérés' },
        areas: ['value'],
        sectors: [],
      },
      {
        number: 4,
        title: text('Modularity'),
        text: text('Open modules'),
        areas: ['product', 'scalability'],
        sectors: [],
      },
    ],
  ),
  study(
    'unbl',
    'UN Biodiversity Lab',
    ['environment-climate'],
    [
      {
        number: 1,
        title: text('Tools for policymakers'),
        text: text('Metrics'),
        areas: ['value'],
        sectors: [],
      },
    ],
  ),
];

test('lessons are found by words in either language, area and sector', () => {
  const ids = (query: Parameters<typeof searchLessons>[1]) =>
    searchLessons(studies, query).map(({ caseStudy, lesson }) => `${caseStudy.id}#${lesson.number}`);
  assert.deepEqual(ids({}), ['cowin#3', 'cowin#4', 'unbl#1']);
  assert.deepEqual(ids({ q: 'FRAIS liberes' }), ['cowin#3']);
  assert.deepEqual(ids({ area: 'value' }), ['cowin#3', 'unbl#1']);
  assert.deepEqual(ids({ area: 'value', sector: 'environment-climate' }), ['unbl#1']);
  assert.deepEqual(ids({ q: 'biodiversity' }), ['unbl#1']);
  assert.deepEqual(ids({ q: 'nothing like this' }), []);
});

test('a citation section naming a lesson links to it; anything else links nowhere', () => {
  assert.equal(
    lessonLink(studies, 'CoWIN lesson 4: modularity and interoperability'),
    '/evidence/cowin#lesson-4',
  );
  assert.equal(lessonLink(studies, 'UNBL lesson 1: policymakers'), '/evidence/unbl#lesson-1');
  assert.equal(lessonLink(studies, 'CoWIN lesson 9'), undefined);
  assert.equal(lessonLink(studies, 'Insight 5: DPGs and DPI'), undefined);
  assert.equal(lessonLink(studies, undefined), undefined);
});
