import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from './assess.ts';
import type { AssessmentFacts } from './assessment-facts.ts';
import type { AssessmentResult } from './assessment-result.ts';
import { parseAnswers } from './answers.ts';
import { assessmentEngineVersion } from './engine-version.ts';
import { testModel, testOptions } from './model.test-support.ts';
import { parseModel } from './parse-model.ts';
import {
  found,
  inconclusiveScan,
  notFound,
  typicalRepositoryScan,
} from './typical-repository.test-support.ts';

const model = parseModel(testModel());
const indicator = (result: AssessmentResult, id: string) =>
  result.indicators.find((entry) => entry.id === id)!;
const withReadme = (fact = found('README.md')): AssessmentFacts => ({
  scan: typicalRepositoryScan({ hygiene: { readme: fact } }),
});

test('an evidence rule places the indicator and says what it read', () => {
  const result = assess(model, withReadme(), {}, testOptions);
  const readme = indicator(result, 'readme');
  assert.equal(readme.level, 'high');
  assert.equal(readme.score, 1);
  assert.equal(readme.basis, 'evidence');
  assert.equal(readme.explanation?.rule, 'scan.hygiene.readme|found');
  assert.deepEqual(readme.explanation?.because, { en: 'A README', fr: 'A README (fr)' });
  const [read] = readme.explanation!.reads;
  assert.equal(read!.path, 'scan.hygiene.readme');
  assert.equal(read!.state, 'found');
  assert.deepEqual(read!.evidence, [{ kind: 'file', path: 'README.md' }]);
});

test('a pass that rests on earlier rules being false lists them', () => {
  const result = assess(model, withReadme(notFound()), {}, testOptions);
  const readme = indicator(result, 'readme');
  assert.equal(readme.level, 'absent');
  assert.deepEqual(readme.explanation?.ruledOut, [{ rule: 'scan.hygiene.readme|found', level: 'high' }]);
});

test('an inconclusive or missing fact leaves the indicator unknown, never failed', () => {
  for (const facts of [
    withReadme({ state: 'inconclusive', evidence: [] }),
    {},
    { scan: inconclusiveScan() },
  ]) {
    const readme = indicator(assess(model, facts, {}, testOptions), 'readme');
    assert.equal(readme.basis, 'unknown');
    assert.equal(readme.level, undefined);
    assert.equal(readme.score, undefined);
  }
  const undecided = indicator(
    assess(model, withReadme({ state: 'inconclusive', evidence: [] }), {}, testOptions),
    'readme',
  );
  assert.deepEqual(undecided.undecided[0]?.missing, ['scan.hygiene.readme']);
});

test('an answer overrides the evidence, and the result says so', () => {
  const answers = parseAnswers(model, { hasReadme: { value: false, note: 'The README is empty' } });
  const result = assess(model, withReadme(), answers, testOptions);
  const readme = indicator(result, 'readme');
  assert.equal(readme.level, 'absent');
  assert.equal(readme.basis, 'answer');
  assert.equal(readme.explanation?.kind, 'question');
  assert.equal(readme.explanation?.question, 'hasReadme');
  assert.equal(readme.overriddenEvidence?.level, 'high');
  assert.deepEqual(readme.answers, { hasReadme: { value: false, note: 'The README is empty' } });
  assert.equal(result.profile.overridden, 1);
});

test('an answer that agrees with the evidence overrides nothing', () => {
  const readme = indicator(
    assess(model, withReadme(), parseAnswers(model, { hasReadme: true }), testOptions),
    'readme',
  );
  assert.equal(readme.basis, 'answer');
  assert.equal(readme.overriddenEvidence, undefined);
});

test('single-choice options place the indicator', () => {
  const review = indicator(
    assess(model, {}, parseAnswers(model, { reviewShare: 'some' }), testOptions),
    'review',
  );
  assert.equal(review.level, 'low');
  assert.equal(review.score, 1 / 3);
});

test('an indicator that does not apply is left out of scores and coverage', () => {
  const facts: AssessmentFacts = { ...withReadme(), record: { types: ['data'] } as never };
  const result = assess(model, facts, {}, testOptions);
  assert.equal(indicator(result, 'tests').applicable, false);
  assert.equal(indicator(result, 'tests').basis, 'not-applicable');
  assert.equal(result.profile.groups[0]!.applicable, 2);
  const unknownTypes = assess(model, withReadme(), {}, testOptions);
  assert.equal(indicator(unknownTypes, 'tests').applicable, true, 'unknown applicability counts as applying');
});

test('group score averages the known indicators by weight; unknowns lower coverage only', () => {
  const answers = parseAnswers(model, { reviewShare: 'some' });
  const result = assess(model, withReadme(), answers, testOptions);
  const [group] = result.profile.groups;
  // readme high (1, weight 1), review low (1/3, weight 2), tests medium (2/3, weight 1).
  assert.equal(group!.score, (1 + 2 / 3 + 2 / 3) / 4);
  assert.equal(group!.coverage, 1);
  const partial = assess(model, withReadme(), {}, testOptions).profile.groups[0]!;
  assert.equal(partial.score, (1 + 2 / 3) / 2);
  assert.equal(partial.coverage, 2 / 3);
  assert.equal(partial.confidenceLabel, 'medium');
});

test('recommendations follow the levels reached, with their citations', () => {
  const answers = parseAnswers(model, { hasReadme: false, reviewed: false });
  const result = assess(model, {}, answers, testOptions);
  assert.deepEqual(
    result.recommendations.map((recommendation) => recommendation.id),
    ['write-readme', 'review-changes'],
  );
  assert.deepEqual(result.recommendations[0]!.citations, [
    { source: 'test-source', section: 'README', title: 'Test framework', kind: 'framework' },
  ]);
});

test('the result records the model, the engine version and the digests of its inputs', () => {
  const facts = withReadme();
  const result = assess(model, { ...facts, asOf: '2026-01-31' }, {}, testOptions);
  assert.deepEqual(result.model, { id: 'test-model', version: 1, title: model.title });
  assert.equal(result.engineVersion, assessmentEngineVersion);
  assert.equal(result.inputs.asOf, '2026-01-31');
  assert.match(result.inputs.factsDigest, /^test:/);
  const other = assess(model, { ...facts, asOf: '2026-02-01' }, {}, testOptions);
  assert.notEqual(other.inputs.factsDigest, result.inputs.factsDigest);
});

test('the same inputs give the same result', () => {
  const answers = parseAnswers(model, { reviewShare: 'all' });
  assert.deepEqual(
    assess(model, withReadme(), answers, testOptions),
    assess(model, withReadme(), answers, testOptions),
  );
});

test('weight rules change an indicator weight when their condition holds', () => {
  const input = testModel();
  input.groups[0]!.indicators[0]!.weightRules = [{ when: "'health' in record.sectors", weight: 5 }];
  const weighted = parseModel(input);
  const facts: AssessmentFacts = { ...withReadme(), record: { sectors: ['health'], types: [] } as never };
  const readme = indicator(assess(weighted, facts, {}, testOptions), 'readme');
  assert.equal(readme.weight, 5);
  assert.equal(readme.weightShare, 5 / 7, 'tests does not apply: no software');
});

test('questions can be pre-filled from the facts; a suggestion places nothing and yields to an answer', () => {
  const facts: AssessmentFacts = { record: { website: 'https://example.org', types: [] } as never };
  const readme = indicator(assess(model, facts, {}, testOptions), 'readme');
  assert.deepEqual(readme.suggestedAnswers, { projectPage: 'https://example.org' });
  assert.equal(readme.basis, 'unknown');
  const answered = parseAnswers(model, { projectPage: 'https://example.org/about' });
  assert.equal(indicator(assess(model, facts, answered, testOptions), 'readme').suggestedAnswers, undefined);
  const invalid: AssessmentFacts = { record: { website: 'not a link', types: [] } as never };
  assert.equal(indicator(assess(model, invalid, {}, testOptions), 'readme').suggestedAnswers, undefined);
});
