import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../../../core/assessment/assessment-result.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { modelLabels } from '../../../report/assessment/model-labels.ts';
import { groupScoresChart } from '../../../report/charts/group-scores-chart.ts';
import { indicatorScoresChart } from '../../../report/charts/indicator-scores-chart.ts';

/** A chart as a page shows it: an SVG made on the server, and its caption. */
export interface PageChart {
  id: string;
  caption: string;
  svg: string;
}

const percentOf = (t: Translator) => {
  const format = new Intl.NumberFormat(t.language, { style: 'percent', maximumFractionDigits: 0 });
  return (value: number) => format.format(value / 100);
};

/** One chart per applicable group of a result: its indicators' scores, by group id. */
export function groupCharts(
  t: Translator,
  model: AssessmentModel,
  result: AssessmentResult,
): Map<string, PageChart> {
  const labels = modelLabels(model, t.language);
  const charts = new Map<string, PageChart>();
  for (const group of result.profile.groups) {
    const indicators = result.indicators.filter(
      (indicator) => indicator.group === group.id && indicator.applicable,
    );
    if (indicators.length === 0) continue;
    const id = `chart-${group.id}`;
    const title = localize(group.title, t.language);
    const description = t.t('assessments.chart.groupDescription', { group: title });
    charts.set(group.id, {
      id,
      caption: description,
      svg: indicatorScoresChart(
        indicators.map((indicator) => ({
          label: labels.indicator(indicator.id),
          score: indicator.score,
          basis:
            indicator.score === undefined ? 'unknown' : indicator.basis === 'answer' ? 'answer' : 'evidence',
          levelLabel: indicator.level ? labels.level(indicator.id, indicator.level) : undefined,
        })),
        {
          id,
          title,
          description,
          formatNumber: percentOf(t),
          width: 480,
          scoreAxisName: t.t('assessments.chart.scoreAxis'),
          evidenceLabel: t.t('assessments.chart.fromEvidence'),
          answerLabel: t.t('assessments.chart.fromAnswers'),
          unknownLabel: t.t('assessments.notKnown'),
        },
      ),
    });
  }
  return charts;
}

/** The comparison chart: each product's score per group of the model. */
export function comparisonChart(
  t: Translator,
  model: AssessmentModel,
  entries: { title: string; result: AssessmentResult }[],
): PageChart {
  const id = 'chart-comparison';
  const title = t.t('assessments.chart.comparisonTitle', { model: localize(model.title, t.language) });
  const description = t.t('assessments.chart.comparisonDescription');
  return {
    id,
    caption: description,
    svg: groupScoresChart(
      model.groups.map((group) => localize(group.title, t.language)),
      entries.map((entry) => ({
        name: entry.title,
        scores: model.groups.map(
          (group) => entry.result.profile.groups.find((candidate) => candidate.id === group.id)?.score,
        ),
      })),
      {
        id,
        title,
        description,
        formatNumber: percentOf(t),
        scoreAxisName: t.t('assessments.chart.scoreAxis'),
        unknownLabel: t.t('assessments.notKnown'),
      },
    ),
  };
}
