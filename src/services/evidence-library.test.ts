import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lessonLink } from '../core/evidence/lesson-link.ts';
import { loadAssessmentModels, modelsDir } from './assessment-models.ts';
import { loadEvidenceLibrary } from './evidence-library.ts';

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
