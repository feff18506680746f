import type { AssessmentModel } from '../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import { localize } from '../core/assessment/localized-text.ts';
import { modelKey } from '../core/assessment/assessment-model.ts';
import type { Translator } from '../i18n/translate.ts';
import { assessmentGaps } from '../report/assessment/assessment-gaps.ts';
import { modelLabels } from '../report/assessment/model-labels.ts';

/** How many recommendations the summary lists (the rest are in `--json`). */
export const topRecommendations = 5;

const percent = (share: number | undefined) => (share === undefined ? '—' : `${Math.round(share * 100)}%`);
const pad = (text: string, width: number) =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);
const padStart = (text: string, width: number) =>
  text.length >= width ? text : ' '.repeat(width - text.length) + text;

/**
 * A result as text for a terminal: what was assessed and from what, the profile (score, coverage and
 * confidence per group), the gaps, and the top recommendations with their citations.
 */
export function assessmentSummaryText(
  model: AssessmentModel,
  result: AssessmentResult,
  subject: { title: string; evidence: string },
  t: Translator,
): string {
  const labels = modelLabels(model, t.language);
  const profile = result.profile;
  const groupWidth = Math.max(5, ...profile.groups.map((group) => localize(group.title, t.language).length));
  const lines = [
    `${subject.title}: ${localize(model.title, t.language)} (${modelKey(model)})`,
    `Evidence: ${subject.evidence}; as of ${result.inputs.asOf ?? 'today'}`,
    t.t('assessments.profileSummary', {
      known: profile.known,
      applicable: profile.applicable,
      evidence: profile.fromEvidence,
      answers: profile.fromAnswers,
    }),
    '',
    `${pad('Group', groupWidth)}  ${padStart('Score', 6)}  ${padStart('Coverage', 8)}  Confidence`,
    ...profile.groups.map(
      (group) =>
        `${pad(localize(group.title, t.language), groupWidth)}  ${padStart(percent(group.score), 6)}  ${padStart(percent(group.coverage), 8)}  ${group.confidenceLabel ?? '—'}`,
    ),
  ];
  const { gaps, unknown } = assessmentGaps(result);
  lines.push('', gaps.length === 0 ? 'Gaps: none known.' : 'Gaps:');
  for (const indicator of gaps)
    lines.push(
      `  - ${labels.indicator(indicator.id)}: ${labels.level(indicator.id, indicator.level!)} (${labels.group(indicator.group)})`,
    );
  if (unknown.length > 0)
    lines.push(
      `Not known yet: ${unknown.length} indicators (scan the repository or answer their questions).`,
    );
  const shown = result.recommendations.slice(0, topRecommendations);
  lines.push('', shown.length === 0 ? 'Recommendations: none.' : 'Top recommendations:');
  for (const recommendation of shown) {
    lines.push(
      `  ${recommendation.rank}. [${recommendation.priority} priority, ${recommendation.effort} effort] ${labels.indicator(recommendation.indicator)}`,
      `     ${localize(recommendation.text, t.language)}`,
      `     Cites: ${recommendation.citations
        .map((citation) => `${citation.title}${citation.section ? `, ${citation.section}` : ''}`)
        .join('; ')}`,
    );
  }
  const more = result.recommendations.length - shown.length;
  if (more > 0) lines.push(`  … and ${more} more (--json lists them all).`);
  return `${lines.join('\n')}\n`;
}
