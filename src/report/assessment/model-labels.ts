import type { AssessmentModel, Indicator, Question } from '../../core/assessment/assessment-model.ts';
import { localize } from '../../core/assessment/localized-text.ts';

/** A model's texts in one language, looked up by id: what results name only by id. */
export interface ModelLabels {
  language: string;
  group(id: string): string;
  indicator(id: string): string;
  /** The label of a level of an indicator's scale (the id itself when the model has no such level). */
  level(indicatorId: string, levelId: string): string;
  /** The definition of an indicator, or of a question, by id. */
  indicatorOf(id: string): Indicator | undefined;
  questionOf(id: string): Question | undefined;
  /** The label of a choice of a question (the id itself when there is no such choice). */
  option(questionId: string, optionId: string): string;
  source(id: string): string;
}

/** The labels of a model in `language` (English where the model has no translation). */
export function modelLabels(model: AssessmentModel, language: string): ModelLabels {
  const text = (value: Parameters<typeof localize>[0] | undefined, fallback: string) =>
    value ? localize(value, language) : fallback;
  const groups = new Map(model.groups.map((group) => [group.id, group]));
  const indicators = new Map(
    model.groups.flatMap((group) => group.indicators.map((indicator) => [indicator.id, indicator] as const)),
  );
  const questions = new Map(
    [...indicators.values()].flatMap((indicator) =>
      indicator.questions.map((question) => [question.id, question] as const),
    ),
  );
  const sources = new Map(model.sources.map((source) => [source.id, source.title]));
  return {
    language,
    group: (id) => text(groups.get(id)?.title, id),
    indicator: (id) => text(indicators.get(id)?.title, id),
    level: (indicatorId, levelId) => {
      const scale = model.scales[indicators.get(indicatorId)?.scale ?? ''];
      return text(scale?.levels.find((level) => level.id === levelId)?.label, levelId);
    },
    indicatorOf: (id) => indicators.get(id),
    questionOf: (id) => questions.get(id),
    option: (questionId, optionId) =>
      text(questions.get(questionId)?.options?.find((option) => option.id === optionId)?.label, optionId),
    source: (id) => sources.get(id) ?? id,
  };
}
