import type { AssessmentModel, Effort, Priority } from './assessment-model.ts';
import type { IndicatorResult, RecommendationResult } from './assessment-result.ts';

/** The value of acting on a recommendation of each priority (its impact). */
export const priorityValue: Record<Priority, number> = { critical: 8, high: 4, medium: 2, low: 1 };

/** The cost of each effort estimate. */
export const effortCost: Record<Effort, number> = { small: 1, medium: 2, large: 4 };

/**
 * The recommendations the indicators' levels call for, highest impact for least effort first: ordered by
 * priority value over effort cost, then by priority, then by the indicator's weight share, then in the
 * model's order, so that the order is always the same for the same result.
 */
export function prioritiseRecommendations(
  model: AssessmentModel,
  indicators: IndicatorResult[],
): RecommendationResult[] {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const selected: (Omit<RecommendationResult, 'rank'> & { order: number; share: number })[] = [];
  let order = 0;
  for (const group of model.groups) {
    for (const indicator of group.indicators) {
      const result = byId.get(indicator.id);
      for (const recommendation of indicator.recommendations) {
        order += 1;
        if (
          !result?.applicable ||
          result.level === undefined ||
          !recommendation.levels.includes(result.level)
        )
          continue;
        selected.push({
          id: recommendation.id,
          indicator: indicator.id,
          group: group.id,
          level: result.level,
          priority: recommendation.priority,
          effort: recommendation.effort,
          value: priorityValue[recommendation.priority] / effortCost[recommendation.effort],
          text: recommendation.text,
          citations: recommendation.citations.map((citation) => {
            const source = sources.get(citation.source)!;
            return {
              ...citation,
              title: source.title,
              kind: source.kind,
              ...(source.url ? { url: source.url } : {}),
            };
          }),
          order,
          share: result.weightShare,
        });
      }
    }
  }
  selected.sort(
    (a, b) =>
      b.value - a.value ||
      priorityValue[b.priority] - priorityValue[a.priority] ||
      b.share - a.share ||
      a.order - b.order,
  );
  return selected.map(({ order: _order, share: _share, ...recommendation }, index) => ({
    rank: index + 1,
    ...recommendation,
  }));
}
