import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseStudy } from './case-study.ts';
import { lessonLink } from './lesson-link.ts';
import { lessonSectors, searchLessons } from './search-evidence.ts';

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const lens = text('x');
const study = (
  id: string,
  name: string,
  sectors: CaseStudy['sectors'],
  lessons: CaseStudy['lessons'],
): CaseStudy => ({
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
        businessModels: ['government-funded'],
        sectors: [],
      },
      {
        number: 4,
        title: text('Modularity'),
        text: text('Open modules'),
        areas: ['product', 'scalability'],
        businessModels: ['government-funded', 'partnership-funded'],
        sectors: ['identity'],
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
        businessModels: ['partnership-funded', 'grant-funded'],
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

test('lessons are found by the business models they bear on, alone or with the other filters', () => {
  const ids = (query: Parameters<typeof searchLessons>[1]) =>
    searchLessons(studies, query).map(({ caseStudy, lesson }) => `${caseStudy.id}#${lesson.number}`);
  assert.deepEqual(ids({ businessModel: 'partnership-funded' }), ['cowin#4', 'unbl#1']);
  assert.deepEqual(ids({ businessModel: 'government-funded' }), ['cowin#3', 'cowin#4']);
  assert.deepEqual(ids({ businessModel: 'grant-funded', area: 'value' }), ['unbl#1']);
  assert.deepEqual(ids({ businessModel: 'partnership-funded', sector: 'identity' }), ['cowin#4']);
  assert.deepEqual(ids({ businessModel: 'government-funded', q: 'biodiversity' }), []);
  assert.deepEqual(ids({ businessModel: 'subscription' }), []);
});

test("a lesson's sectors are its case study's and its own, each once", () => {
  const [cowin] = studies;
  assert.deepEqual(lessonSectors(cowin!, cowin!.lessons[1]!), ['health', 'identity']);
  assert.deepEqual(lessonSectors(cowin!, { ...cowin!.lessons[0]!, sectors: ['health'] }), ['health']);
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
