import { z } from 'zod';
import { LocalizedText } from './localized-text.ts';

/** A kebab-case identifier: groups, indicators, levels, scales, sources and recommendations. */
export const ModelId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)');

/** A question's id, read by expressions as `answers.<id>`, so camelCase. */
export const QuestionId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase id (letters and digits), read as answers.<id>');

/** A rule or condition in Jexl; `parseModel` compiles every one and reports the path of a bad one. */
export const Expression = z.string().trim().min(1);

/** The kinds of source a model cites. */
export const sourceKinds = ['standard', 'framework', 'seed', 'case-study', 'dataset', 'guide'] as const;

/** A document a model cites: a standard, a maturity framework, a seed document, a case study. */
export const Source = z.strictObject({
  id: ModelId,
  kind: z.enum(sourceKinds),
  title: z.string().min(1),
  url: z.url().optional(),
  /** A seed document of the workspace, e.g. `seeds/undp-dpg-case-studies.txt`. */
  path: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** A reference to a source, with the section (or criterion, check, lesson) it points at. */
export const Citation = z.strictObject({
  source: ModelId,
  section: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof Citation>;

/** One level of a scale. `score: null` marks a level that says "not known yet" (e.g. needs evidence). */
export const Level = z.strictObject({
  id: ModelId,
  label: LocalizedText,
  score: z.number().nonnegative().nullable(),
  description: LocalizedText.optional(),
});
export type Level = z.infer<typeof Level>;

/** The ordered levels an indicator can take, worst first, and the level it shows when nothing decides. */
export const Scale = z.strictObject({
  levels: z.array(Level).min(2),
  /** The unscored level an undecided indicator shows (e.g. `needs-evidence`); none by default. */
  unknownLevel: ModelId.optional(),
});
export type Scale = z.infer<typeof Scale>;

/** When `when` is true, the indicator takes `level`; `because` says why, in words. */
export const Rule = z.strictObject({
  when: Expression,
  level: ModelId,
  because: LocalizedText.optional(),
});
export type Rule = z.infer<typeof Rule>;

/** The kinds of question. `url` answers are links to evidence; every answer may carry one. */
export const questionTypes = ['boolean', 'single', 'multiple', 'number', 'date', 'text', 'url'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** A choice of a single- or multiple-choice question; `level` places the indicator when chosen. */
export const QuestionOption = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-zA-Z0-9-]*$/, 'must be an id (letters, digits, -)'),
  label: LocalizedText,
  level: ModelId.optional(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

/**
 * A question a person answers. `yes`/`no` (boolean) and option levels place the indicator directly;
 * `prefill` suggests an answer from the facts (a suggestion places nothing until a person gives it).
 */
export const Question = z.strictObject({
  id: QuestionId,
  type: z.enum(questionTypes),
  text: LocalizedText,
  help: LocalizedText.optional(),
  options: z.array(QuestionOption).min(2).optional(),
  yes: ModelId.optional(),
  no: ModelId.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: LocalizedText.optional(),
  /** An expression on facts whose value is offered as the answer, for a person to confirm or correct. */
  prefill: Expression.optional(),
});
export type Question = z.infer<typeof Question>;

/** How urgent a recommendation is: the impact of acting on it. */
export const priorities = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];

/** Rough effort: small (days), medium (weeks), large (months) of one team. */
export const efforts = ['small', 'medium', 'large'] as const;
export type Effort = (typeof efforts)[number];

/** Advice shown when the indicator is at one of `levels`, with at least one citation. */
export const Recommendation = z.strictObject({
  id: ModelId,
  levels: z.array(ModelId).min(1),
  priority: z.enum(priorities),
  effort: z.enum(efforts),
  text: LocalizedText,
  citations: z.array(Citation).min(1),
});
export type Recommendation = z.infer<typeof Recommendation>;

/** A weight that applies when `when` is true (e.g. a sector modifier); the first true one wins. */
export const WeightRule = z.strictObject({ when: Expression, weight: z.number().nonnegative() });
export type WeightRule = z.infer<typeof WeightRule>;

/** One thing assessed: its scale, evidence rules, questions, answer rules and recommendations. */
export const Indicator = z.strictObject({
  id: ModelId,
  title: LocalizedText,
  description: LocalizedText.optional(),
  /** Ids of the sources (frameworks, standards) the indicator comes from. */
  frameworks: z.array(ModelId).default([]),
  scale: ModelId,
  weight: z.number().positive().default(1),
  weightRules: z.array(WeightRule).default([]),
  /** When false the indicator does not apply (e.g. only for software); unknown counts as applying. */
  applies: Expression.optional(),
  /** Rules on facts, tried in order; the first that is true places the indicator. */
  evidence: z.array(Rule).default([]),
  questions: z.array(Question).default([]),
  /** Rules on answers, tried in order before the questions' own `yes`/`no`/option levels. */
  answerRules: z.array(Rule).default([]),
  recommendations: z.array(Recommendation).default([]),
});
export type Indicator = z.infer<typeof Indicator>;

/** A group of indicators, scored together. */
export const Group = z.strictObject({
  id: ModelId,
  title: LocalizedText,
  description: LocalizedText.optional(),
  applies: Expression.optional(),
  indicators: z.array(Indicator).min(1),
});
export type Group = z.infer<typeof Group>;

/** An assessment model: a versioned, declarative set of groups of indicators. */
export const AssessmentModel = z.strictObject({
  id: ModelId,
  version: z.number().int().positive(),
  title: LocalizedText,
  description: LocalizedText,
  sources: z.array(Source).min(1),
  /** Data the rules read as `constants.<name>` (lists, thresholds). */
  constants: z.record(z.string(), z.unknown()).default({}),
  /** Named expressions computed once, in the order written, read as `derived.<name>`. */
  derive: z
    .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase name'), Expression)
    .default({}),
  scales: z.record(ModelId, Scale),
  groups: z.array(Group).min(1),
});
export type AssessmentModel = z.infer<typeof AssessmentModel>;
/** A model as written in its file, before defaults are filled in. */
export type AssessmentModelInput = z.input<typeof AssessmentModel>;

/** `id@version`, the name of a model in files, results and the API. */
export function modelKey(model: Pick<AssessmentModel, 'id' | 'version'>): string {
  return `${model.id}@${model.version}`;
}
