import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { assess } from './assess.ts';
import type { AssessmentModel, AssessmentModelInput } from './assessment-model.ts';
import type { Answers } from './answers.ts';
import { text, testOptions } from './model.test-support.ts';
import { parseModel } from './parse-model.ts';

const levels = ['absent', 'low', 'medium', 'high'] as const;

/** One generated indicator: a weight, a fact it reads (0–3 or missing), two yes/no questions. */
const arbitraryIndicator = fc.record({
  weight: fc.double({ min: 0.1, max: 10, noNaN: true }),
  fact: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  noLevel: fc.constantFrom(...levels),
  answers: fc.tuple(fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined })),
});
const arbitraryCase = fc.array(arbitraryIndicator, { minLength: 1, maxLength: 6 });
type Generated = typeof arbitraryCase extends fc.Arbitrary<infer T> ? T : never;

/** A model whose indicators read `values.f<i>` (0 → absent … 3 → high); `yes` always means high. */
function generatedModel(generated: Generated, weightFactor = 1): AssessmentModel {
  const input: AssessmentModelInput = {
    id: 'generated',
    version: 1,
    title: text('Generated'),
    description: text('Generated'),
    sources: [{ id: 'source', kind: 'framework', title: 'Source' }],
    scales: {
      maturity: { levels: levels.map((id, score) => ({ id, label: text(id), score })) },
    },
    groups: [
      {
        id: 'group',
        title: text('Group'),
        indicators: generated.map((entry, index) => ({
          id: `indicator-${index}`,
          title: text(`Indicator ${index}`),
          scale: 'maturity',
          weight: entry.weight * weightFactor,
          evidence: [3, 2, 1, 0].map((threshold) => ({
            when: `values.f${index} >= ${threshold}`,
            level: levels[threshold]!,
          })),
          questions: [0, 1].map((question) => ({
            id: `q${index}x${question}`,
            type: 'boolean' as const,
            text: text('Yes?'),
            yes: 'high',
            no: entry.noLevel,
          })),
        })),
      },
    ],
  };
  return parseModel(input);
}

function factsOf(generated: Generated) {
  return { values: Object.fromEntries(generated.map((entry, index) => [`f${index}`, entry.fact])) };
}

function answersOf(generated: Generated): Answers {
  const answers: Answers = {};
  generated.forEach((entry, index) =>
    entry.answers.forEach((value, question) => {
      if (value !== undefined) answers[`q${index}x${question}`] = { value };
    }),
  );
  return answers;
}

test('adding a "yes" never lowers an indicator score, a group score or coverage', () => {
  fc.assert(
    fc.property(arbitraryCase, fc.nat(), fc.nat(1), (generated, pick, question) => {
      const model = generatedModel(generated);
      const index = pick % generated.length;
      const answers = answersOf(generated);
      const before = assess(model, factsOf(generated), answers, testOptions);
      const after = assess(
        model,
        factsOf(generated),
        { ...answers, [`q${index}x${question}`]: { value: true } },
        testOptions,
      );
      const scoreBefore = before.indicators[index]!.score;
      const scoreAfter = after.indicators[index]!.score;
      assert.ok(scoreAfter !== undefined && (scoreBefore === undefined || scoreAfter >= scoreBefore - 1e-12));
      const [groupBefore] = before.profile.groups;
      const [groupAfter] = after.profile.groups;
      if (groupBefore!.score !== undefined) assert.ok(groupAfter!.score! >= groupBefore!.score - 1e-12);
      assert.ok(groupAfter!.coverage! >= groupBefore!.coverage!);
    }),
    { numRuns: 150 },
  );
});

test('weights normalise: shares sum to 1, and scaling every weight changes no score', () => {
  fc.assert(
    fc.property(arbitraryCase, fc.double({ min: 0.01, max: 100, noNaN: true }), (generated, factor) => {
      const facts = factsOf(generated);
      const answers = answersOf(generated);
      const result = assess(generatedModel(generated), facts, answers, testOptions);
      const scaled = assess(generatedModel(generated, factor), facts, answers, testOptions);
      const shares = result.indicators.reduce((sum, indicator) => sum + indicator.weightShare, 0);
      assert.ok(Math.abs(shares - 1) < 1e-9);
      result.indicators.forEach((indicator, index) =>
        assert.ok(Math.abs(indicator.weightShare - scaled.indicators[index]!.weightShare) < 1e-9),
      );
      const [group] = result.profile.groups;
      const [scaledGroup] = scaled.profile.groups;
      if (group!.score === undefined) assert.equal(scaledGroup!.score, undefined);
      else assert.ok(Math.abs(group!.score - scaledGroup!.score!) < 1e-9);
    }),
    { numRuns: 150 },
  );
});

test('an unknown never counts as a failure: it has no score and leaves the group score as it was', () => {
  fc.assert(
    fc.property(arbitraryCase, arbitraryIndicator, (generated, extra) => {
      const facts = factsOf(generated);
      const answers = answersOf(generated);
      const result = assess(generatedModel(generated), facts, answers, testOptions);
      // The same model with one more indicator about which nothing is known.
      const unknown = {
        ...extra,
        fact: undefined,
        answers: [undefined, undefined] as [undefined, undefined],
      };
      const widened = assess(generatedModel([...generated, unknown]), facts, answers, testOptions);
      const added = widened.indicators.at(-1)!;
      assert.equal(added.basis, 'unknown');
      assert.equal(added.score, undefined);
      const [group] = result.profile.groups;
      const [widenedGroup] = widened.profile.groups;
      if (group!.score === undefined) assert.equal(widenedGroup!.score, undefined);
      else assert.ok(Math.abs(group!.score - widenedGroup!.score!) < 1e-9);
      assert.ok(widenedGroup!.coverage! <= group!.coverage!);
      // The group score is the weighted mean of the known indicators only.
      const known = result.indicators.filter((indicator) => indicator.score !== undefined);
      const weight = known.reduce((sum, indicator) => sum + indicator.weight, 0);
      const mean = known.reduce((sum, indicator) => sum + indicator.weight * indicator.score!, 0) / weight;
      if (known.length > 0) assert.ok(Math.abs(mean - group!.score!) < 1e-9);
    }),
    { numRuns: 150 },
  );
});
