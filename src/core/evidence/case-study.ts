import { z } from 'zod';
import { LocalizedText } from '../assessment/localized-text.ts';
import { sectors } from '../country/country-facts.ts';

/** The five lenses the UNDP study judges a DPG's sustainability by. */
export const lenses = [
  'technical-architecture',
  'business-model',
  'organisational-stewardship',
  'community-support',
  'replication-scaling',
] as const;

/** The nine areas of the Operational Toolkit brief (the groups of country-readiness@1). */
export const toolkitAreas = [
  'policy',
  'value',
  'sustainability',
  'security',
  'capacity',
  'procurement',
  'product',
  'sector',
  'scalability',
] as const;

/** How a DPG is paid for: the model of a case study, and the models a lesson bears on. */
export const businessModels = [
  'grant-funded',
  'subscription',
  'government-funded',
  'partnership-funded',
] as const;

/** One of {@link businessModels}. */
export const BusinessModel = z.enum(businessModels);
/** The parsed {@link BusinessModel}. */
export type BusinessModel = z.infer<typeof BusinessModel>;

const Area = z.enum(toolkitAreas);
const Sector = z.enum(sectors);

/**
 * A lesson of a case study, numbered as in the study, tagged by toolkit area, by the business models
 * it bears on, and by sector (beyond its case study's sectors, which it also counts as its own).
 */
export const Lesson = z.strictObject({
  number: z.number().int().positive(),
  title: LocalizedText,
  text: LocalizedText,
  areas: z.array(Area).min(1),
  businessModels: z.array(BusinessModel).min(1),
  sectors: z.array(Sector).default([]),
});
/** The parsed {@link Lesson}. */
export type Lesson = z.infer<typeof Lesson>;

/** One case study: its lenses, figures (with the study section they come from) and lessons. */
export const CaseStudy = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  sectors: z.array(Sector).min(1),
  businessModel: BusinessModel,
  summary: LocalizedText,
  figures: z.array(z.strictObject({ text: LocalizedText, section: z.string().min(1) })),
  lenses: z.strictObject(
    Object.fromEntries(lenses.map((lens) => [lens, LocalizedText])) as Record<
      (typeof lenses)[number],
      typeof LocalizedText
    >,
  ),
  lessons: z.array(Lesson).min(1),
});
/** The parsed {@link CaseStudy}. */
export type CaseStudy = z.infer<typeof CaseStudy>;

/** The evidence library file: where it comes from, the case studies and the cross-cutting insights. */
export const EvidenceLibrary = z.strictObject({
  source: z.strictObject({ title: z.string(), path: z.string() }),
  caseStudies: z.array(CaseStudy).min(1),
  insights: z.array(
    z.strictObject({
      number: z.number().int(),
      title: LocalizedText,
      text: LocalizedText,
      areas: z.array(Area),
    }),
  ),
});
/** The parsed {@link EvidenceLibrary}. */
export type EvidenceLibrary = z.infer<typeof EvidenceLibrary>;
