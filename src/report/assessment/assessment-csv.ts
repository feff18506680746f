import { stringify } from 'csv-stringify/sync';
import type { AssessmentModel } from '../../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../../core/assessment/assessment-result.ts';
import type { Translator } from '../../i18n/translate.ts';
import { guardFormula } from '../cost/formula-guard.ts';
import { decidingReads, explainIndicator } from './explain-indicator.ts';
import { modelLabels } from './model-labels.ts';

/**
 * A result as CSV, one row per indicator in model order: group, indicator, level, score (0–1, empty when
 * unknown), basis, explanation and the facts or answers read, titles and words in the translator's
 * language; ids in columns of their own for programs. Same conventions as the cost tables: UTF-8 with a
 * byte order mark, CRLF line ends, texts guarded against formula injection.
 */
export function assessmentCsv(model: AssessmentModel, result: AssessmentResult, t: Translator): string {
  const labels = modelLabels(model, t.language);
  const header = [
    'group_id',
    t.t('assessments.col.group'),
    'indicator_id',
    t.t('assessments.col.indicator'),
    'level_id',
    t.t('assessments.col.level'),
    t.t('assessments.col.score'),
    t.t('assessments.col.basis'),
    t.t('assessments.col.explanation'),
    t.t('assessments.col.facts'),
  ];
  const rows = result.indicators.map((indicator) => [
    indicator.group,
    labels.group(indicator.group),
    indicator.id,
    labels.indicator(indicator.id),
    indicator.level ?? '',
    indicator.level ? labels.level(indicator.id, indicator.level) : '',
    indicator.score ?? null,
    t.label('assessments.basis', indicator.basis),
    explainIndicator(indicator, labels, t),
    decidingReads(indicator, t).join('; '),
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell))),
    { bom: true, record_delimiter: 'windows' },
  );
}
