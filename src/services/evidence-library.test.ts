import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { businessModels, EvidenceLibrary } from '../core/evidence/case-study.ts';
import { lessonLink } from '../core/evidence/lesson-link.ts';
import { loadAssessmentModels, modelsDir } from './assessment-models.ts';
import { evidenceLibraryFile, loadEvidenceLibrary } from './evidence-library.ts';

test('the evidence library holds the five case studies with their numbered lessons and five insights', async () => {
  const library = await loadEvidenceLibrary();
  assert.deepEqual(
    library.caseStudies.map((caseStudy) => [caseStudy.id, caseStudy.lessons.map((lesson) => lesson.number)]),
    [
      ['mosip', [1, 2, 3, 4, 5]],
      ['primero', [1, 2, 3, 4, 5, 6, 7]],
      ['cowin', [1, 2, 3, 4, 5, 6]],
      ['unbl', [1, 2, 3, 4, 5, 6]],
      ['a2i', [1, 2, 3, 4, 5]],
    ],
  );
  assert.equal(library.insights.length, 5);
  const seeds = path.join(modelsDir, '..', '..', '..', 'shared');
  if (existsSync(seeds)) assert.ok(existsSync(path.join(seeds, library.source.path)));
});

test('every recommendation that cites a case-study lesson links to a lesson of the library', async () => {
  const { caseStudies } = await loadEvidenceLibrary();
  let linked = 0;
  for (const model of await loadAssessmentModels()) {
    const studySources = new Set(
      model.sources.filter((source) => source.kind === 'case-study').map((s) => s.id),
    );
    for (const indicator of model.groups.flatMap((group) => group.indicators))
      for (const recommendation of indicator.recommendations)
        for (const citation of recommendation.citations) {
          if (!studySources.has(citation.source) || !/ lesson \d/i.test(citation.section ?? '')) continue;
          assert.ok(
            lessonLink(caseStudies, citation.section),
            `${model.id}/${recommendation.id}: ${citation.section}`,
          );
          linked += 1;
        }
  }
  assert.ok(linked >= 15, `only ${linked} lesson citations`);
});

test('every lesson bears on at least one business model of the vocabulary, and all of them are used', async () => {
  const { caseStudies } = await loadEvidenceLibrary();
  const used = new Set<string>();
  for (const caseStudy of caseStudies)
    for (const lesson of caseStudy.lessons) {
      const where = `${caseStudy.id} lesson ${lesson.number}`;
      assert.ok(lesson.businessModels.length > 0, where);
      assert.equal(new Set(lesson.businessModels).size, lesson.businessModels.length, where);
      for (const model of lesson.businessModels) {
        assert.ok((businessModels as readonly string[]).includes(model), `${where}: ${model}`);
        used.add(model);
      }
    }
  assert.deepEqual([...used].sort(), [...businessModels].sort());
});

test('the schema refuses a lesson with no business model or one outside the vocabulary', () => {
  const raw = parseYaml(readFileSync(evidenceLibraryFile, 'utf8'));
  assert.ok(EvidenceLibrary.safeParse(raw).success);
  const withLesson = (change: (lesson: Record<string, unknown>) => void) => {
    const copy = structuredClone(raw);
    change(copy.caseStudies[0].lessons[0]);
    return EvidenceLibrary.safeParse(copy);
  };
  const missing = withLesson((lesson) => delete lesson.businessModels);
  assert.equal(missing.success, false);
  assert.deepEqual(missing.error?.issues[0]?.path, ['caseStudies', 0, 'lessons', 0, 'businessModels']);
  assert.equal(withLesson((lesson) => (lesson.businessModels = [])).success, false);
  assert.equal(withLesson((lesson) => (lesson.businessModels = ['crowdfunded'])).success, false);
  assert.equal(withLesson((lesson) => (lesson.sectors = ['tourism'])).success, false);
});
