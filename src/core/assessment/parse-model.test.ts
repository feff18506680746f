import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import type { AssessmentModelInput } from './assessment-model.ts';
import type { InputIssue } from './input-issue.ts';
import { testModel } from './model.test-support.ts';
import { parseModel, readModelText } from './parse-model.ts';

function issuesOf(input: unknown): InputIssue[] {
  try {
    parseModel(input);
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'invalid_input');
    return error.details!.issues as InputIssue[];
  }
  assert.fail('the model was accepted');
}

function changed(change: (model: AssessmentModelInput) => void): AssessmentModelInput {
  const model = testModel();
  change(model);
  return model;
}

test('a valid model parses, with defaults filled in', () => {
  const model = parseModel(testModel());
  assert.equal(model.groups[0]!.indicators[0]!.weight, 1);
  assert.deepEqual(model.constants, {});
  assert.deepEqual(model.groups[0]!.indicators[2]!.questions, []);
});

test('a model that fails its schema is rejected with the path of the error', () => {
  const issues = issuesOf(changed((model) => (model.groups[0]!.indicators[1]!.weight = -1)));
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ['groups.0.indicators.1.weight'],
  );
  const missing = issuesOf(changed((model) => delete (model.title as { fr?: string }).fr));
  assert.deepEqual(
    missing.map((issue) => issue.path),
    ['title.fr'],
  );
  const extra = issuesOf({ ...testModel(), colour: 'blue' });
  assert.match(extra[0]!.message, /colour/);
});

test('references the schema cannot see are checked, each with its path', () => {
  const issues = issuesOf(
    changed((model) => {
      const [readme, review] = model.groups[0]!.indicators;
      readme!.evidence![0]!.level = 'excellent';
      readme!.recommendations![0]!.citations[0]!.source = 'nowhere';
      review!.questions![0]!.id = 'hasReadme';
      review!.scale = 'missing-scale';
    }),
  );
  assert.deepEqual(
    issues.map((issue) => issue.path),
    [
      'groups.0.indicators.0.evidence.0.level',
      'groups.0.indicators.0.recommendations.0.citations.0.source',
      'groups.0.indicators.1.scale',
      'groups.0.indicators.1.questions.0.id',
    ],
  );
});

test('an expression that does not compile is reported at its path', () => {
  const issues = issuesOf(changed((model) => (model.groups[0]!.indicators[2]!.applies = "'software' in")));
  assert.equal(issues[0]!.path, 'groups.0.indicators.2.applies');
  const transform = issuesOf(
    changed((model) => (model.groups[0]!.indicators[2]!.evidence![0]!.when = 'x|run')),
  );
  assert.match(transform[0]!.message, /unknown transform "run"/);
});

test('derived names must be defined before they are read', () => {
  const issues = issuesOf(
    changed((model) => {
      model.derive = { first: 'derived.second + 1', second: '1' };
      model.groups[0]!.indicators[2]!.evidence![0]!.when = 'derived.third > 0';
    }),
  );
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ['derive.first', 'groups.0.indicators.2.evidence.0.when'],
  );
});

test('scales need a scored level, and their unknown level must be unscored', () => {
  const issues = issuesOf(
    changed((model) => {
      model.scales.maturity!.unknownLevel = 'low';
      model.scales.flat = {
        levels: [
          { id: 'a', label: { en: 'A', fr: 'A' }, score: 0 },
          { id: 'a', label: { en: 'B', fr: 'B' }, score: null },
        ],
      };
    }),
  );
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ['scales.maturity.unknownLevel', 'scales.flat.levels.1.id', 'scales.flat.levels'],
  );
});

test('choice questions need options, and only boolean questions map yes and no', () => {
  const issues = issuesOf(
    changed((model) => {
      const review = model.groups[0]!.indicators[1]!;
      delete review.questions![1]!.options;
      review.questions!.push({ id: 'count', type: 'number', text: { en: 'N', fr: 'N' }, yes: 'high' });
    }),
  );
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ['groups.0.indicators.1.questions.1.options', 'groups.0.indicators.1.questions.2.yes'],
  );
});

test('model files are read from YAML, and a syntax error is a domain error', () => {
  const model = readModelText(JSON.stringify(testModel()));
  assert.equal(model.id, 'test-model');
  assert.throws(
    () => readModelText('id: [unclosed'),
    (error: unknown) => {
      assert.ok(error instanceof DomainError && /not valid YAML/.test(error.message));
      return true;
    },
  );
});
