import type { Question } from '../../../core/assessment/assessment-model.ts';
import type { Explanation, IndicatorResult } from '../../../core/assessment/assessment-result.ts';

/** What the evidence says about an indicator, whether or not an answer has overridden it since. */
export function evidenceOf(indicator: IndicatorResult): Explanation | undefined {
  if (indicator.overriddenEvidence) return indicator.overriddenEvidence;
  return indicator.basis === 'evidence' ? indicator.explanation : undefined;
}

/**
 * The answer to a yes/no or single-choice question that agrees with the evidence's level: `yes` or `no`
 * when that level is the question's, the one option that leads to it. Undefined when none does.
 */
export function answerMatchingEvidence(
  question: Question,
  evidence: Explanation | undefined,
): string | undefined {
  if (!evidence) return undefined;
  if (question.type === 'boolean')
    return question.yes === evidence.level ? 'yes' : question.no === evidence.level ? 'no' : undefined;
  if (question.type !== 'single') return undefined;
  const matching = question.options?.filter((option) => option.level === evidence.level) ?? [];
  return matching.length === 1 ? matching[0]!.id : undefined;
}

/** The facts a question's suggestion is read from, as written in its `prefill` (`record.licences`, …). */
export function prefillSources(question: Question): string[] {
  const paths = question.prefill?.match(/\b(?:record|scan|links|country)(?:\.[A-Za-z_]\w*)+/g) ?? [];
  return [...new Set(paths)];
}
