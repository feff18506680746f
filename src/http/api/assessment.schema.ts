import { z } from '@hono/zod-openapi';
import { Visibility } from '../../core/access/role.ts';
import { bases } from '../../core/assessment/assessment-result.ts';
import { assessmentStatuses } from '../../core/assessment/assessment-record.ts';
import { efforts, priorities } from '../../core/assessment/assessment-model.ts';
import { sectors } from '../../core/country/country-facts.ts';

/** A text of a model in each language it has (`en` and `fr` always). */
const LocalizedTextSchema = z.record(z.string(), z.string()).openapi('LocalizedText', {
  example: { en: 'Quality', fr: 'Qualité' },
});

const ModelRefSchema = z.object({ id: z.string(), version: z.number().int() });

/** An answer as stored and returned: a value, and a link to evidence and a note when given. */
const AnswerSchema = z
  .object({
    value: z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]),
    evidence: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('Answer');

/** Answers in a request: by question id, a bare value or `{ value, evidence?, note? }`; null means unanswered. */
export const AnswersInput = z.record(z.string(), z.unknown()).openapi('AnswersInput', {
  description:
    'By question id: a bare value (yes/no, an option id, option ids, a number, YYYY-MM-DD, a text, an http(s) link) or { value, evidence, note }. See docs/assessment-models.md.',
  example: {
    approvedLicence: 'yes',
    ownershipDocumented: { value: 'yes', evidence: 'https://example.org/legal' },
  },
});

const ExplanationSchema = z
  .object({
    kind: z.enum(['evidence-rule', 'answer-rule', 'question']),
    rule: z.string().optional(),
    because: LocalizedTextSchema.optional(),
    question: z.string().optional(),
    level: z.string(),
    ruledOut: z.array(z.object({ rule: z.string(), level: z.string() })).optional(),
    reads: z.array(
      z
        .object({ path: z.string(), known: z.boolean(), value: z.unknown().optional() })
        .passthrough()
        .openapi({
          description: 'A value a rule read; scan facts add their state and evidence (files, lines).',
        }),
    ),
  })
  .openapi('Explanation');

const IndicatorResultSchema = z
  .object({
    id: z.string(),
    group: z.string(),
    title: LocalizedTextSchema,
    frameworks: z.array(z.string()),
    applicable: z.boolean(),
    level: z.string().optional(),
    score: z.number().optional().openapi({ description: '0–1; absent when unknown or not applicable.' }),
    basis: z.enum(bases),
    weight: z.number(),
    weightShare: z.number(),
    explanation: ExplanationSchema.optional(),
    overriddenEvidence: ExplanationSchema.optional(),
    undecided: z.array(z.object({ rule: z.string(), level: z.string(), missing: z.array(z.string()) })),
    answers: z.record(z.string(), AnswerSchema),
    suggestedAnswers: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('IndicatorResult');

const GroupResultSchema = z
  .object({
    id: z.string(),
    title: LocalizedTextSchema,
    applicable: z.number().int(),
    known: z.number().int(),
    score: z.number().optional(),
    coverage: z.number().optional(),
    confidence: z.number().optional(),
    confidenceLabel: z.enum(['high', 'medium', 'low']).optional(),
  })
  .openapi('GroupResult');

/** The engine's result, as stored with an assessment. */
export const AssessmentResultSchema = z
  .object({
    model: ModelRefSchema.extend({ title: LocalizedTextSchema }),
    engineVersion: z.string(),
    inputs: z.object({ factsDigest: z.string(), answersDigest: z.string(), asOf: z.string().optional() }),
    profile: z.object({
      groups: z.array(GroupResultSchema),
      applicable: z.number().int(),
      known: z.number().int(),
      coverage: z.number().optional(),
      levels: z.record(z.string(), z.number().int()),
      fromEvidence: z.number().int(),
      fromAnswers: z.number().int(),
      overridden: z.number().int(),
    }),
    indicators: z.array(IndicatorResultSchema),
    recommendations: z.array(
      z.object({
        rank: z.number().int(),
        id: z.string(),
        indicator: z.string(),
        group: z.string(),
        level: z.string(),
        priority: z.enum(priorities),
        effort: z.enum(efforts),
        value: z.number(),
        text: LocalizedTextSchema,
        citations: z.array(
          z.object({
            source: z.string(),
            section: z.string().optional(),
            title: z.string(),
            url: z.string().optional(),
            kind: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('AssessmentResult');

/** A saved assessment and its result. */
export const AssessmentSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    visibility: Visibility,
    publishedAt: z.string().nullable(),
    model: ModelRefSchema,
    productSlug: z.string().nullable(),
    countryCode: z.string().nullable().openapi({ description: 'ISO alpha-2, for a country assessment.' }),
    sector: z.string().nullable(),
    title: z.string(),
    answers: z.record(z.string(), AnswerSchema),
    result: AssessmentResultSchema,
    scannedAt: z.string().nullable().openapi({ description: 'When the repository scan used was made.' }),
    status: z.enum(assessmentStatuses),
    revision: z.number().int(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Assessment');

/** A saved assessment as listed. */
export const AssessmentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    model: ModelRefSchema,
    productSlug: z.string().nullable(),
    countryCode: z.string().nullable().openapi({ description: 'ISO alpha-2, for a country assessment.' }),
    sector: z.string().nullable(),
    status: z.enum(assessmentStatuses),
    revision: z.number().int(),
    organisationId: z.string(),
    visibility: Visibility,
    coverage: z.number().optional(),
    updatedAt: z.string(),
  })
  .openapi('AssessmentSummary');

/** What starts an assessment. */
export const NewAssessmentSchema = z
  .object({
    model: z.string().min(1).max(80).openapi({ description: 'id or id@version', example: 'adoptability@1' }),
    product: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'A catalogue product slug, for a product model', example: 'dhis2' }),
    country: z
      .string()
      .min(2)
      .max(3)
      .optional()
      .openapi({ description: 'An ISO 3166 code, for a country model', example: 'KE' }),
    sector: z
      .enum(sectors)
      .optional()
      .openapi({ description: 'With a country: the sector whose modifiers apply' }),
    answers: AnswersInput.optional(),
    title: z.string().max(200).optional(),
  })
  .openapi('NewAssessment');

/** What a save sends: every answer (the answers replace the old ones), at the revision read. */
export const AssessmentUpdateSchema = z
  .object({
    revision: z.number().int().min(1).openapi({ description: 'The revision the change was made from.' }),
    answers: AnswersInput,
    title: z.string().max(200).optional(),
    status: z.enum(assessmentStatuses).optional(),
  })
  .openapi('AssessmentUpdate');

/** A model as listed: what it is and how big. */
export const AssessmentModelSummarySchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    key: z.string().openapi({ example: 'adoptability@1' }),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    groups: z.array(z.object({ id: z.string(), title: LocalizedTextSchema, indicators: z.number().int() })),
    indicators: z.number().int(),
    questions: z.number().int(),
    assessesProducts: z.boolean().openapi({
      description:
        'Whether it assesses products (it reads a product record or scan); if not, POST /assessments takes a country.',
    }),
  })
  .openapi('AssessmentModelSummary');

/** Two to four results side by side on one model version. */
export const ComparisonSchema = z
  .object({
    model: ModelRefSchema.extend({ title: LocalizedTextSchema }),
    entries: z.array(
      z.object({
        assessmentId: z
          .string()
          .nullable()
          .openapi({ description: 'Null when the result was computed from the evidence alone.' }),
        title: z.string(),
        productSlug: z.string().nullable(),
        countryCode: z.string().nullable(),
        dataYear: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'For a country entry CODE:YEAR, the last year of data used.' }),
        result: AssessmentResultSchema,
      }),
    ),
  })
  .openapi('AssessmentComparison');
