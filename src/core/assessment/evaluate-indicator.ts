import type { Group, Indicator, Rule, Scale } from './assessment-model.ts';
import type { Explanation, FactRead, IndicatorResult } from './assessment-result.ts';
import { validAnswerValue, type AnswerValue } from './answers.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import { isKnown } from './expression-transforms.ts';

/**
 * Places one indicator. It does not apply when its group's or its own `applies` is false (unknown counts
 * as applying). Evidence rules are tried in order and the first that is true decides; a rule that is
 * unknown is skipped and listed as undecided. Then answers: the answer rules in order, then each
 * question's own `yes` / `no` / option level. An answer decides over evidence, and the result keeps the
 * evidence it overrode. With neither, the level is the scale's unknown level (or none) and the score is
 * absent: unknown never scores as a failure.
 */
export function evaluateIndicator(
  indicator: Indicator,
  group: Group,
  scale: Scale,
  context: EvaluationContext,
): Omit<IndicatorResult, 'weightShare'> {
  const answers = Object.fromEntries(
    indicator.questions.flatMap((question) => {
      const answer = context.answers[question.id];
      return answer ? [[question.id, answer]] : [];
    }),
  );
  const suggestedAnswers = suggestions(indicator, context);
  const base = {
    id: indicator.id,
    group: group.id,
    title: indicator.title,
    frameworks: indicator.frameworks,
    answers,
    ...(Object.keys(suggestedAnswers).length > 0 ? { suggestedAnswers } : {}),
  };
  const applies = (text: string | undefined) => text === undefined || truth(context, text) !== false;
  if (!applies(group.applies) || !applies(indicator.applies)) {
    return { ...base, applicable: false, basis: 'not-applicable', weight: 0, undecided: [] };
  }
  const weight =
    indicator.weightRules.find((rule) => truth(context, rule.when) === true)?.weight ?? indicator.weight;
  const undecided: IndicatorResult['undecided'] = [];
  const evidence = firstTrue(indicator.evidence, 'evidence-rule', context, undecided);
  const answer =
    firstTrue(indicator.answerRules, 'answer-rule', context, []) ?? questionLevel(indicator, scale, context);

  const explanation = answer ?? evidence;
  const result: Omit<IndicatorResult, 'weightShare'> = {
    ...base,
    applicable: true,
    basis: answer ? 'answer' : evidence ? 'evidence' : 'unknown',
    weight,
    undecided,
  };
  const levelId = explanation?.level ?? scale.unknownLevel;
  if (levelId !== undefined) result.level = levelId;
  const score = levelScore(scale, levelId);
  if (score !== undefined) result.score = score;
  if (explanation) result.explanation = explanation;
  if (answer && evidence && evidence.level !== answer.level) result.overriddenEvidence = evidence;
  return result;
}

/** The level's score over the best score of its scale (0–1), or undefined for an unscored level. */
export function levelScore(scale: Scale, levelId: string | undefined): number | undefined {
  const level = scale.levels.find((candidate) => candidate.id === levelId);
  if (!level || level.score === null) return undefined;
  const best = Math.max(...scale.levels.map((candidate) => candidate.score ?? 0));
  return level.score / best;
}

function suggestions(indicator: Indicator, context: EvaluationContext): Record<string, AnswerValue> {
  const suggested: Record<string, AnswerValue> = {};
  for (const question of indicator.questions) {
    if (!question.prefill || context.answers[question.id]) continue;
    const value = validAnswerValue(question, context.expression(question.prefill).evaluate(context.values));
    if (value !== undefined) suggested[question.id] = value;
  }
  return suggested;
}

function truth(context: EvaluationContext, text: string): boolean | undefined {
  const value = context.expression(text).evaluate(context.values);
  return isKnown(value) ? value === true : undefined;
}

function firstTrue(
  rules: Rule[],
  kind: Explanation['kind'],
  context: EvaluationContext,
  undecided: IndicatorResult['undecided'],
): Explanation | undefined {
  const ruledOut: NonNullable<Explanation['ruledOut']> = [];
  const reads = new Map<string, FactRead>();
  for (const rule of rules) {
    const compiled = context.expression(rule.when);
    const value = truth(context, rule.when);
    const ruleReads = context.reads(compiled);
    if (value === true) {
      for (const read of ruleReads) reads.set(read.path, read);
      const explanation: Explanation = {
        kind,
        rule: rule.when,
        level: rule.level,
        reads: [...reads.values()],
      };
      if (rule.because) explanation.because = rule.because;
      if (ruledOut.length > 0) explanation.ruledOut = ruledOut;
      return explanation;
    }
    if (value === false) {
      ruledOut.push({ rule: rule.when, level: rule.level });
      for (const read of ruleReads) reads.set(read.path, read);
    } else {
      // What was missing: unknown values, else facts that were looked for and not found (no value).
      const unknown = ruleReads.filter((read) => !read.known);
      const missing = unknown.length > 0 ? unknown : ruleReads.filter((read) => read.state === 'not_found');
      undecided.push({ rule: rule.when, level: rule.level, missing: missing.map((read) => read.path) });
    }
  }
  return undefined;
}

function questionLevel(
  indicator: Indicator,
  scale: Scale,
  context: EvaluationContext,
): Explanation | undefined {
  for (const question of indicator.questions) {
    const answer = context.answers[question.id];
    if (!answer) continue;
    let level: string | undefined;
    if (question.type === 'boolean') level = answer.value === true ? question.yes : question.no;
    else if (question.type === 'single')
      level = question.options?.find((option) => option.id === answer.value)?.level;
    else if (question.type === 'multiple' && Array.isArray(answer.value)) {
      // With several choices, the best-scoring level among them decides.
      const chosen = new Set(answer.value);
      const levels = (question.options ?? []).flatMap((option) =>
        chosen.has(option.id) && option.level ? [option.level] : [],
      );
      level = levels.sort((a, b) => (levelScore(scale, b) ?? -1) - (levelScore(scale, a) ?? -1))[0];
    }
    if (level === undefined) continue;
    const read = { path: `answers.${question.id}`, known: true, value: answer.value };
    return {
      kind: 'question',
      question: question.id,
      level,
      reads: [answer.evidence ? { ...read, answerEvidence: answer.evidence } : read],
    };
  }
  return undefined;
}
