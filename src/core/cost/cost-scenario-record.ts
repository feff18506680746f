import { z } from 'zod';
import type { Visibility } from '../access/role.ts';
import { isCountryCode } from '../catalog/country.ts';
import { isSlug } from '../catalog/slug.ts';
import { Scenario } from './scenario.ts';

/**
 * What a person saves: a scenario, the country it is for (ISO 3166-1 alpha-2) and the catalogue products
 * it is about (slugs, at most 20).
 */
export const CostScenarioDraft = z.object({
  country: z
    .string()
    .refine(isCountryCode, { message: 'country must be an ISO 3166-1 alpha-2 code, such as KE or SN' }),
  products: z
    .array(z.string().refine(isSlug, { message: 'not a product slug' }))
    .max(20, 'at most 20 products')
    .refine((slugs) => new Set(slugs).size === slugs.length, { message: 'a product is named twice' })
    .default([]),
  scenario: Scenario,
});

/** What a person saves, validated. */
export type CostScenarioDraft = z.infer<typeof CostScenarioDraft>;

/** What a draft may hold before defaults are filled in. */
export type CostScenarioDraftInput = z.input<typeof CostScenarioDraft>;

/** A saved scenario: the draft with its identity and revision (which grows by one at every save). */
export interface CostScenarioRecord extends CostScenarioDraft {
  id: string;
  revision: number;
  /** The organisation that owns it (null for scenarios saved before accounts existed). */
  organisationId: string | null;
  visibility: Visibility;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
