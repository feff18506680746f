import type { Group } from './assessment-model.ts';
import type { ConfidenceLabel, GroupResult, IndicatorResult } from './assessment-result.ts';

/**
 * How much each basis of a known level is trusted when computing confidence: facts read from a record or
 * a scan, and answers that link to evidence, count fully; an answer without a link counts three quarters.
 */
export const reliability = { evidence: 1, answerWithEvidence: 1, answer: 0.75 } as const;

/** Shares of the group's applicable weight, summing to 1 (all 0 when the group has no weight). */
export function weightShares(indicators: Pick<IndicatorResult, 'applicable' | 'weight'>[]): number[] {
  const total = indicators.reduce((sum, indicator) => sum + (indicator.applicable ? indicator.weight : 0), 0);
  return indicators.map((indicator) => (indicator.applicable && total > 0 ? indicator.weight / total : 0));
}

/**
 * Scores a group from its indicators: the weighted mean of the known scores (an unknown indicator lowers
 * coverage, never the score), coverage as the share of applicable indicators known, and confidence as
 * coverage × the mean reliability of the known levels (high from 0.75, medium from 0.4, else low).
 */
export function scoreGroup(group: Group, indicators: IndicatorResult[]): GroupResult {
  const applicable = indicators.filter((indicator) => indicator.applicable);
  const known = applicable.filter((indicator) => indicator.score !== undefined);
  const result: GroupResult = {
    id: group.id,
    title: group.title,
    applicable: applicable.length,
    known: known.length,
  };
  if (applicable.length === 0) return result;
  const weight = known.reduce((sum, indicator) => sum + indicator.weight, 0);
  if (weight > 0) {
    result.score = known.reduce((sum, indicator) => sum + indicator.weight * indicator.score!, 0) / weight;
  }
  result.coverage = known.length / applicable.length;
  const trust =
    known.length === 0 ? 0 : known.reduce((sum, indicator) => sum + trustOf(indicator), 0) / known.length;
  result.confidence = result.coverage * trust;
  result.confidenceLabel = confidenceLabel(result.confidence);
  return result;
}

function trustOf(indicator: IndicatorResult): number {
  if (indicator.basis !== 'answer') return reliability.evidence;
  const linked = Object.values(indicator.answers).some((answer) => answer.evidence !== undefined);
  return linked ? reliability.answerWithEvidence : reliability.answer;
}

function confidenceLabel(confidence: number): ConfidenceLabel {
  return confidence >= 0.75 ? 'high' : confidence >= 0.4 ? 'medium' : 'low';
}
