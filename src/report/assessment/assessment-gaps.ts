import type { AssessmentResult, IndicatorResult } from '../../core/assessment/assessment-result.ts';

/** Below this score an indicator is a gap: in the lower half of its scale (gap, absent, low). */
export const gapThreshold = 0.5;

/**
 * What stands between a product and the model: the gaps (applicable indicators known to score below
 * half their scale, lowest first, then the heaviest in their group) and what is not known yet (no
 * evidence and no answer), in model order.
 */
export function assessmentGaps(result: AssessmentResult): {
  gaps: IndicatorResult[];
  unknown: IndicatorResult[];
} {
  const applicable = result.indicators.filter((indicator) => indicator.applicable);
  const gaps = applicable
    .filter((indicator) => indicator.score !== undefined && indicator.score < gapThreshold)
    .sort((a, b) => a.score! - b.score! || b.weightShare - a.weightShare);
  return { gaps, unknown: applicable.filter((indicator) => indicator.score === undefined) };
}
