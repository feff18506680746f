import { html } from 'hono/html';
import type { GroupResult, IndicatorResult } from '../../../core/assessment/assessment-result.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { ModelLabels } from '../../../report/assessment/model-labels.ts';

/** A 0–1 share as a whole percentage in the reader's language; a dash when unknown. */
export function percent(t: Translator, share: number | undefined): string {
  if (share === undefined) return '—';
  return new Intl.NumberFormat(t.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An indicator's level as a badge, or "not known" when nothing placed it. */
export function levelBadge(t: Translator, labels: ModelLabels, indicator: IndicatorResult) {
  const known = indicator.score !== undefined;
  const text = indicator.level
    ? labels.level(indicator.id, indicator.level)
    : t.t(indicator.applicable ? 'assessments.notKnown' : 'assessments.basis.not-applicable');
  const tone = !known ? 'unknown' : indicator.score! >= 0.5 ? 'good' : 'gap';
  return html`<span class="badge level-${tone}">${text}</span>`;
}

/** A group's score, coverage and confidence in one line. */
export function groupFigures(t: Translator, group: GroupResult): string {
  return t.t('assessments.groupFigures', {
    score: percent(t, group.score),
    coverage: percent(t, group.coverage),
    confidence: group.confidenceLabel ? t.label('assessments.confidence', group.confidenceLabel) : '—',
  });
}
