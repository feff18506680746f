import { z } from 'zod';
import { ProductStage, ProductType } from './product.ts';

const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** The ways a listing can be ordered. */
export const catalogSorts = ['relevance', 'name', 'name-desc', 'stage'] as const;

/** The largest page a client may ask for. */
export const maxPageSize = 100;

/** A catalogue query: full-text search, facet filters, order and page. Every field is optional. */
export const CatalogQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('words to search for in names, aliases, descriptions and organisations; typos are tolerated'),
  type: many(ProductType).describe('product types (any of)'),
  sdg: many(z.coerce.number().int().min(1).max(17)).describe('Sustainable Development Goal numbers (any of)'),
  sector: many(z.string().max(100)).describe('sectors (any of)'),
  licence: many(z.string().max(100)).describe('SPDX licence ids (any of)'),
  country: many(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((code) => code.toUpperCase()),
  ).describe('ISO 3166-1 alpha-2 codes of deployment countries (any of)'),
  stage: many(ProductStage).describe('registry stages (any of)'),
  sort: z
    .enum(catalogSorts)
    .optional()
    .describe('order; relevance when searching, stage then name otherwise'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
  cursor: z
    .string()
    .max(200)
    .optional()
    .describe('the nextCursor of a previous answer; takes the place of page'),
});
export type CatalogQuery = z.output<typeof CatalogQuery>;
export type CatalogQueryInput = z.input<typeof CatalogQuery>;

/** The facets a catalogue can be filtered by, in the order pages show them. */
export const facetNames = ['type', 'stage', 'sdg', 'sector', 'licence', 'country'] as const;
export type FacetName = (typeof facetNames)[number];

/** Encodes a position in a result list as an opaque cursor. */
export function encodeCursor(offset: number): string {
  return btoa(`offset:${offset}`).replace(/=+$/, '');
}

/** Decodes a cursor made by {@link encodeCursor}; undefined when it is not one. */
export function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^offset:(\d{1,9})$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
