import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import spdxLicences from 'spdx-license-list';
import { parse as parseYaml } from 'yaml';
import { parseAnswersFile } from '../core/assessment/answers.ts';
import { assess } from '../core/assessment/assess.ts';
import type { AssessmentModel } from '../core/assessment/assessment-model.ts';
import { nominationQuestions } from '../core/assessment/dpg-answers-evidence.ts';
import {
  inconclusiveScan,
  typicalAsOf,
  typicalRepositoryScan,
} from '../core/assessment/typical-repository.test-support.ts';
import { DomainError } from '../core/errors.ts';
import { getAssessmentModel, loadAssessmentModels, modelsDir, sha256Digest } from './assessment-models.ts';

const options = { digest: sha256Digest };
const seedsDir = path.join(modelsDir, '..', '..', '..', 'shared');
const indicatorsOf = (model: AssessmentModel) => model.groups.flatMap((group) => group.indicators);

test('every shipped model validates and is named <id>@<version>.yaml', async () => {
  const models = await loadAssessmentModels();
  assert.deepEqual(
    models.map((model) => `${model.id}@${model.version}`),
    ['adoptability@1', 'capacity-needs@1', 'country-readiness@1', 'dpg-standard@1'],
  );
  const files = (await readdir(modelsDir)).filter((file) => file.endsWith('.yaml')).sort();
  assert.deepEqual(files, [
    'adoptability@1.yaml',
    'capacity-needs@1.yaml',
    'country-readiness@1.yaml',
    'dpg-standard@1.yaml',
  ]);
});

test('every recommendation of every shipped model cites a source that can be found', async () => {
  for (const model of await loadAssessmentModels()) {
    const sources = new Map(model.sources.map((source) => [source.id, source]));
    for (const indicator of indicatorsOf(model)) {
      for (const recommendation of indicator.recommendations) {
        assert.ok(recommendation.citations.length > 0, `${recommendation.id} has no citation`);
        for (const citation of recommendation.citations) assert.ok(sources.has(citation.source));
      }
    }
    for (const source of model.sources) {
      assert.ok(source.url ?? source.path, `${model.id}: source ${source.id} says where to find it`);
      if (source.path && existsSync(seedsDir))
        assert.ok(existsSync(path.join(seedsDir, source.path)), source.path);
    }
  }
});

test('the lowest level an indicator can reach, and its "needs evidence", have a recommendation', async () => {
  for (const model of await loadAssessmentModels()) {
    for (const indicator of indicatorsOf(model)) {
      const scale = model.scales[indicator.scale]!;
      const reachable = new Set([
        ...[...indicator.evidence, ...indicator.answerRules].map((rule) => rule.level),
        ...indicator.questions.flatMap((question) => [
          question.yes,
          question.no,
          ...(question.options ?? []).map((option) => option.level),
        ]),
        scale.unknownLevel,
      ]);
      const best = Math.max(...scale.levels.map((level) => level.score ?? 0));
      const levels = scale.levels.filter((level) => reachable.has(level.id));
      const below = levels.filter((level) => level.score !== null && level.score < best);
      const lowest = below.sort((a, b) => a.score! - b.score!)[0];
      const covered = new Set(indicator.recommendations.flatMap((recommendation) => recommendation.levels));
      for (const level of [lowest, ...levels.filter((entry) => entry.score === null)]) {
        if (level)
          assert.ok(covered.has(level.id), `${model.id}/${indicator.id}: nothing recommended at ${level.id}`);
      }
    }
  }
});

test('in the shipped models a "yes" always means the best level, so that it never lowers a score', async () => {
  for (const model of await loadAssessmentModels()) {
    for (const indicator of indicatorsOf(model)) {
      const scale = model.scales[indicator.scale]!;
      const best = Math.max(...scale.levels.map((level) => level.score ?? 0));
      for (const question of indicator.questions.filter((entry) => entry.type === 'boolean')) {
        const yes = scale.levels.find((level) => level.id === question.yes);
        assert.equal(yes?.score, best, `${model.id}/${question.id}: yes must map to the best level`);
      }
    }
  }
});

test('with nothing known, or a scan where every fact is inconclusive, no indicator scores', async () => {
  for (const model of await loadAssessmentModels()) {
    for (const facts of [{}, { scan: inconclusiveScan(), asOf: typicalAsOf }]) {
      const result = assess(model, facts, {}, options);
      assert.deepEqual(
        result.indicators
          .filter((indicator) => indicator.score !== undefined)
          .map((indicator) => indicator.id),
        [],
        model.id,
      );
      assert.equal(result.profile.fromEvidence, 0);
    }
  }
});

test('adoptability: at least 40% of indicators are filled from the scan of a typical repository alone', async () => {
  const model = await getAssessmentModel('adoptability');
  for (const facts of [
    { scan: typicalRepositoryScan(), asOf: typicalAsOf },
    { scan: typicalRepositoryScan() },
  ]) {
    const result = assess(model, facts, {}, options);
    const share = result.profile.fromEvidence / result.profile.applicable;
    assert.ok(
      share >= 0.4,
      `only ${result.profile.fromEvidence} of ${result.profile.applicable} from the scan`,
    );
  }
  const full = assess(model, { scan: typicalRepositoryScan(), asOf: typicalAsOf }, {}, options);
  assert.equal(full.profile.fromEvidence, 27);
  assert.equal(full.profile.applicable, 42);
});

test('adoptability: every indicator names its frameworks, and the six families are all used', async () => {
  const model = await getAssessmentModel('adoptability');
  const used = new Set(indicatorsOf(model).flatMap((indicator) => indicator.frameworks));
  for (const indicator of indicatorsOf(model)) assert.ok(indicator.frameworks.length > 0, indicator.id);
  for (const family of [
    'digital-square',
    'dpga-maturity',
    'openssf-scorecard',
    'openssf-best-practices',
    'chaoss',
    'standard-for-public-code',
    'publiccode',
  ]) {
    assert.ok(used.has(family), family);
  }
  assert.deepEqual(
    model.groups.map((group) => group.id),
    ['quality', 'maturity', 'security', 'utility', 'community', 'scalability'],
  );
});

test('dpg-standard: the nine indicators (9 in three parts), licence lists of SPDX ids, nomination questions', async () => {
  const model = await getAssessmentModel('dpg-standard', 1);
  const standard = model.groups.filter((group) => group.id !== 'registry-checks');
  assert.equal(standard.flatMap((group) => group.indicators).length, 11);
  const lists = model.constants.approvedLicences as Record<string, string[]>;
  const spdxIds = new Set(Object.keys(spdxLicences));
  for (const id of [...Object.values(lists).flat(), ...(model.constants.rejectedLicences as string[])]) {
    assert.ok(spdxIds.has(id), `${id} is not an SPDX id`);
  }
  const questions = new Set(
    indicatorsOf(model).flatMap((indicator) => indicator.questions.map((question) => question.id)),
  );
  for (const id of nominationQuestions) assert.ok(questions.has(id), id);
});

test('the latest version is the default; an unknown model is not found', async () => {
  assert.equal((await getAssessmentModel('dpg-standard')).version, 1);
  await assert.rejects(getAssessmentModel('no-such-model'), (error: unknown) => {
    assert.ok(error instanceof DomainError && error.code === 'not_found');
    return true;
  });
  assert.match(sha256Digest('{}'), /^sha256:[0-9a-f]{64}$/);
});

test('the answers file shown in docs/assessment-models.md is valid', async () => {
  const docs = await readFile(path.join(modelsDir, '..', '..', 'docs', 'assessment-models.md'), 'utf8');
  const example = /```yaml\n(model: [\s\S]*?)```/.exec(docs)![1]!;
  const answers = parseAnswersFile(await getAssessmentModel('dpg-standard', 1), parseYaml(example));
  assert.deepEqual(answers.approvedLicence, { value: true });
  assert.equal(answers.ownershipDocumented?.evidence, 'https://example.org/legal');
  assert.equal(answers.personalData, undefined);
});
