import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { parseAnswers, parseAnswersFile } from './answers.ts';
import type { InputIssue } from './input-issue.ts';
import { testModel } from './model.test-support.ts';
import { parseModel } from './parse-model.ts';

const model = parseModel(testModel());

function issuesOf(run: () => unknown): InputIssue[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return error.details!.issues as InputIssue[];
  }
  assert.fail('the answers were accepted');
}

test('answers are normalised: yes/no, options, evidence links and notes', () => {
  const answers = parseAnswers(model, {
    hasReadme: 'yes',
    reviewed: { value: false, evidence: 'https://example.org/policy', note: '  Only for releases. ' },
    reviewShare: 'some',
  });
  assert.deepEqual(answers, {
    hasReadme: { value: true },
    reviewed: { value: false, evidence: 'https://example.org/policy', note: 'Only for releases.' },
    reviewShare: { value: 'some' },
  });
});

test('an answer of null or "unknown" is no answer', () => {
  assert.deepEqual(parseAnswers(model, { hasReadme: null, reviewed: 'unknown' }), {});
});

test('bad answers are refused with the path of each', () => {
  const issues = issuesOf(() =>
    parseAnswers(model, {
      hasReadme: 'perhaps',
      reviewShare: { value: 'most' },
      reviewed: { value: true, evidence: 'javascript:alert(1)' },
      nothing: true,
    }),
  );
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ['hasReadme', 'reviewShare.value', 'reviewed.evidence', 'nothing'],
  );
});

test('an answers file names its model and version', () => {
  assert.deepEqual(parseAnswersFile(model, { model: 'test-model@1', answers: { hasReadme: true } }), {
    hasReadme: { value: true },
  });
  const issues = issuesOf(() => parseAnswersFile(model, { model: 'test-model@2', answers: {} }));
  assert.equal(issues[0]!.path, 'model');
  const nested = issuesOf(() =>
    parseAnswersFile(model, { model: 'test-model@1', answers: { hasReadme: 3 } }),
  );
  assert.equal(nested[0]!.path, 'answers.hasReadme');
});
