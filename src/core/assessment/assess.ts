import type { AssessmentFacts } from './assessment-facts.ts';
import type { AssessmentModel } from './assessment-model.ts';
import type { AssessmentResult, IndicatorResult } from './assessment-result.ts';
import type { Answers } from './answers.ts';
import { assessmentEngineVersion } from './engine-version.ts';
import { evaluateIndicator } from './evaluate-indicator.ts';
import { evaluationContext } from './evaluation-context.ts';
import { scoreGroup, weightShares } from './group-score.ts';
import { inputDigests, type DigestFunction } from './input-digests.ts';
import { prioritiseRecommendations } from './prioritise-recommendations.ts';

/** What {@link assess} needs besides the model and its inputs. */
export interface AssessOptions {
  /** Hashes canonical JSON for the reproducibility digests (SHA-256 in the services). */
  digest: DigestFunction;
}

/**
 * Runs a model (validated by `parseModel`) on facts and answers (validated by `parseAnswers`) and
 * returns, for every indicator, its level, score, basis and explanation; for every group its score,
 * coverage and confidence; a profile; and the recommendations, prioritised. Pure and deterministic: the
 * same model, facts and answers give the same result, which records the model, the engine version and
 * the digests of its inputs.
 */
export function assess(
  model: AssessmentModel,
  facts: AssessmentFacts,
  answers: Answers,
  options: AssessOptions,
): AssessmentResult {
  const context = evaluationContext(model, facts, answers);
  const indicators: IndicatorResult[] = [];
  const groups = model.groups.map((group) => {
    const evaluated = group.indicators.map((indicator) =>
      evaluateIndicator(indicator, group, model.scales[indicator.scale]!, context),
    );
    const shares = weightShares(evaluated);
    const results = evaluated.map((result, index) => ({ ...result, weightShare: shares[index]! }));
    indicators.push(...results);
    return scoreGroup(group, results);
  });
  const applicable = indicators.filter((indicator) => indicator.applicable);
  const known = applicable.filter((indicator) => indicator.score !== undefined);
  const levels: Record<string, number> = {};
  for (const indicator of applicable) {
    const level = indicator.level ?? 'unknown';
    levels[level] = (levels[level] ?? 0) + 1;
  }
  const profile: AssessmentResult['profile'] = {
    groups,
    applicable: applicable.length,
    known: known.length,
    levels,
    fromEvidence: applicable.filter((indicator) => indicator.basis === 'evidence').length,
    fromAnswers: applicable.filter((indicator) => indicator.basis === 'answer').length,
    overridden: applicable.filter((indicator) => indicator.overriddenEvidence).length,
  };
  if (applicable.length > 0) profile.coverage = known.length / applicable.length;
  const inputs: AssessmentResult['inputs'] = inputDigests(facts, answers, options.digest);
  if (facts.asOf) inputs.asOf = facts.asOf;
  return {
    model: { id: model.id, version: model.version, title: model.title },
    engineVersion: assessmentEngineVersion,
    inputs,
    profile,
    indicators,
    recommendations: prioritiseRecommendations(model, indicators),
  };
}
