import type { Question } from '../../core/assessment/assessment-model.ts';
import type { Explanation, FactRead, IndicatorResult } from '../../core/assessment/assessment-result.ts';
import type { AnswerValue } from '../../core/assessment/answers.ts';
import { localize } from '../../core/assessment/localized-text.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { ModelLabels } from './model-labels.ts';

/** An answer as a person reads it: Yes / No, the labels of the choices, the number, date, text or link. */
export function formatAnswer(
  question: Question | undefined,
  value: AnswerValue,
  labels: ModelLabels,
  t: Translator,
): string {
  if (typeof value === 'boolean') return t.label('answer', value ? 'yes' : 'no');
  if (question && (question.type === 'single' || question.type === 'multiple'))
    return (Array.isArray(value) ? value : [String(value)])
      .map((option) => labels.option(question.id, option))
      .join(', ');
  if (typeof value === 'number') return t.number(value);
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A value a rule read, short: texts as they are, lists and objects as compact JSON, cut at 120 characters. */
export function formatReadValue(read: FactRead, t: Translator): string {
  if (!read.known) return t.t('assessments.unknownValue');
  const value = read.value;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** Where a scan fact was read: its files and lines, or its git query. */
export function readSources(read: FactRead): string[] {
  return (read.evidence ?? []).map((evidence) =>
    evidence.path
      ? `${evidence.path}${evidence.line ? `:${evidence.line}` : ''}`
      : (evidence.query ?? evidence.excerpt ?? evidence.kind),
  );
}

/** Why an explanation placed its level, in words: the rule's reason, or the question and its answer. */
export function explanationReason(
  indicator: IndicatorResult,
  explanation: Explanation,
  labels: ModelLabels,
  t: Translator,
): string {
  if (explanation.kind === 'question' && explanation.question) {
    const question = labels.questionOf(explanation.question);
    const answer = indicator.answers[explanation.question];
    return t.t('assessments.explain.answered', {
      question: question ? localize(question.text, labels.language) : explanation.question,
      answer: answer ? formatAnswer(question, answer.value, labels, t) : '',
    });
  }
  return explanation.because ? localize(explanation.because, labels.language) : (explanation.rule ?? '');
}

/**
 * One sentence on how an indicator got its level: what decided it (a rule on the facts, an answer), that
 * an answer overrode the evidence, or why it is not known or does not apply.
 */
export function explainIndicator(indicator: IndicatorResult, labels: ModelLabels, t: Translator): string {
  if (indicator.basis === 'not-applicable') return t.t('assessments.explain.notApplicable');
  if (!indicator.explanation) {
    const missing = [...new Set(indicator.undecided.flatMap((rule) => rule.missing))];
    return missing.length > 0
      ? t.t('assessments.explain.missing', { facts: missing.join(', ') })
      : t.t('assessments.explain.unknown');
  }
  const reason = explanationReason(indicator, indicator.explanation, labels, t);
  const overridden = indicator.overriddenEvidence;
  if (!overridden) return reason;
  return `${reason} ${t.t('assessments.explain.overrode', {
    level: labels.level(indicator.id, overridden.level),
    reason: explanationReason(indicator, overridden, labels, t),
  })}`;
}

/** The facts and answers that decided an indicator, one `path = value` each. */
export function decidingReads(indicator: IndicatorResult, t: Translator): string[] {
  return (indicator.explanation?.reads ?? []).map((read) => `${read.path} = ${formatReadValue(read, t)}`);
}
