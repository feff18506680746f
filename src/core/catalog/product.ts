import { z } from 'zod';

/** The kinds of Digital Public Good, as the DPG Standard names them. */
export const productTypes = ['software', 'data', 'content', 'standard', 'aimodel'] as const;
/** One of {@link productTypes}. */
export const ProductType = z.enum(productTypes);
export type ProductType = z.infer<typeof ProductType>;

/** Where a product stands: recognised DPG, nominee under review, archived, or excluded by the registry. */
export const productStages = ['dpg', 'nominee', 'archived', 'excluded'] as const;
/** One of {@link productStages}. */
export const ProductStage = z.enum(productStages);
export type ProductStage = z.infer<typeof ProductStage>;

/** Where a record came from, so that it can be written back in its own format. */
export const ProductSource = z.object({
  kind: z.enum(['dpga-registry', 'dpga-webapp', 'starter']),
  collection: z.string().describe('registry folder: nominees, archive, excluded-nominees, webapp, starter'),
  key: z.string().describe('file name without extension, or application id'),
});
export type ProductSource = z.infer<typeof ProductSource>;

/** A country named by a record, resolved to ISO 3166-1 alpha-2 where possible. */
export const CountryRef = z.object({ code: z.string().length(2).optional(), name: z.string() });
export type CountryRef = z.infer<typeof CountryRef>;

/** A licence of the product with what the SPDX list says of it. */
export const ProductLicence = z.object({
  spdx: z.string(),
  url: z.string().optional(),
  name: z.string().optional().describe('SPDX full name, absent when the id is not on the SPDX list'),
  osiApproved: z.boolean().optional(),
});

/** A Sustainable Development Goal the product claims, with its evidence. */
export const ProductSdg = z.object({
  number: z.number().int().min(1).max(17),
  evidenceText: z.string().optional(),
  evidenceUrl: z.string().optional(),
});

/** An organisation behind a product. Contact persons are never part of a product. */
export const ProductOrganisation = z.object({
  name: z.string(),
  website: z.string().optional(),
  role: z.string().optional(),
});

const Answer = z.enum(['yes', 'no', 'unknown']).optional();

/** The evidence against DPG Standard indicators 3 to 9, in one shape whatever the source format. */
export const ProductEvidence = z.object({
  ownership: z.object({ explicit: Answer, statement: z.string().optional(), url: z.string().optional() }),
  platformIndependence: z.object({
    restrictiveDependencies: Answer,
    independent: Answer,
    description: z.string().optional(),
    openAlternatives: z.array(z.string()),
  }),
  documentation: z.object({ available: Answer, items: z.array(z.string()) }),
  nonPersonalData: z.object({ collects: Answer, accessMechanism: z.string().optional() }),
  privacy: z.object({ compliant: Answer, laws: z.array(z.string()), steps: z.array(z.string()) }),
  standards: z.object({
    supports: Answer,
    list: z.array(z.string()),
    evidence: z.array(z.string()),
    bestPractices: Answer,
    bestPracticesList: z.array(z.string()),
  }),
  doNoHarm: z.object({
    preventsHarm: Answer,
    harmPolicy: z.string().optional(),
    collectsPersonalData: z.string().optional(),
    personalDataTypes: z.array(z.string()),
    sharesWithThirdParties: Answer,
    sharingCircumstances: z.array(z.string()),
    ensuresPrivacy: Answer,
    privacyDescription: z.string().optional(),
    illegalContent: z.string().optional(),
    contentPolicy: z.string().optional(),
    userInteraction: Answer,
    underageSafety: z.array(z.string()),
    harassmentProtection: z.array(z.string()),
  }),
});
export type ProductEvidence = z.infer<typeof ProductEvidence>;

/** A catalogue product: a DPG, a nominee or an archived record, normalised from any supported format. */
export const Product = z.object({
  slug: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string(),
  website: z.string().optional(),
  types: z.array(ProductType),
  stage: ProductStage,
  sdgs: z.array(ProductSdg),
  sectors: z.array(z.string()),
  licences: z.array(ProductLicence),
  repositories: z.array(z.object({ name: z.string().optional(), url: z.string() })),
  organisations: z.array(ProductOrganisation),
  deploymentCountries: z.array(CountryRef),
  developmentCountries: z.array(CountryRef),
  evidence: ProductEvidence.optional(),
  reviewedOn: z.string().optional().describe('ISO date of the last registry review'),
  expiresOn: z.string().optional().describe('ISO date when the DPG status expires'),
  exclusion: z.object({ date: z.string().optional(), reason: z.string() }).optional(),
  source: ProductSource,
});
export type Product = z.infer<typeof Product>;

/** The fields of a product that listings and search results show: small, so a page of twenty stays light. */
export const ProductSummary = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  types: z.array(ProductType),
  stage: ProductStage,
  sdgs: z.array(z.number().int()),
  sectors: z.array(z.string()),
  licences: z.array(z.string()),
});
export type ProductSummary = z.infer<typeof ProductSummary>;

/** The summary of a product. */
export function summarise(product: Product): ProductSummary {
  return {
    slug: product.slug,
    name: product.name,
    description: product.description,
    types: product.types,
    stage: product.stage,
    sdgs: product.sdgs.map((sdg) => sdg.number),
    sectors: product.sectors,
    licences: product.licences.map((licence) => licence.spdx),
  };
}
