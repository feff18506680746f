import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { ProductSummary } from '../../core/catalog/product.ts';
import { CountryFilter } from '../../core/country/country-directory.ts';
import { incomeGroups } from '../../core/country/country-profile.ts';
import { indicatorSources } from '../../core/country/indicator.ts';
import { DomainError } from '../../core/errors.ts';
import type { Catalog } from '../../services/catalog.ts';
import { countryList, countryOverview } from '../../services/countries.ts';
import type { Database } from '../../storage/schema.ts';
import type { AppEnv } from '../env.ts';
import { problemResponse } from './problem-schema.ts';

const CountryProfileSchema = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-2'),
    alpha3: z.string().describe('ISO 3166-1 alpha-3'),
    numeric: z.string().describe('ISO 3166-1 numeric (UN M49 country code)'),
    names: z.object({ en: z.string(), fr: z.string() }),
    region: z.string().optional().describe('UN M49 region'),
    subRegion: z.string().optional().describe('UN M49 sub-region'),
    intermediateRegion: z.string().optional().describe('UN M49 intermediate region'),
    incomeGroup: z.enum(incomeGroups).optional().describe('World Bank income group'),
    currency: z.string().optional().describe('ISO 4217 code'),
    ldc: z.boolean().describe('least developed country'),
    lldc: z.boolean().describe('landlocked developing country'),
    sids: z.boolean().describe('small island developing state'),
  })
  .openapi('CountryProfile');

const IndicatorValueSchema = z
  .object({
    country: z.string(),
    indicator: z.string().describe('source-prefixed key, e.g. gtmi.cgsi, egdi.osi'),
    year: z.number().int(),
    source: z.enum(indicatorSources),
    edition: z.string(),
    value: z.number().nullable(),
    label: z.string().nullable().describe('a category, e.g. the GTMI group A–D'),
  })
  .openapi('IndicatorValue');

const listCountries = createRoute({
  method: 'get',
  path: '/countries',
  summary: 'Country profiles',
  description:
    'Every country and territory with its ISO 3166 codes, UN M49 regions, World Bank income group, currency and LDC / LLDC / SIDS flags (as imported; codes and names otherwise), and how many catalogue products are deployed there.',
  request: { query: CountryFilter },
  responses: {
    200: {
      description: 'The countries meeting the filters',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(CountryProfileSchema.extend({ deployedProducts: z.number().int() })),
            total: z.number().int(),
          }),
        },
      },
    },
    400: problemResponse('Invalid parameters'),
  },
});

const getCountry = createRoute({
  method: 'get',
  path: '/countries/{code}',
  summary: 'One country: profile, indicators and deployed products',
  request: {
    params: z.object({
      code: z
        .string()
        .max(3)
        .openapi({ param: { name: 'code', in: 'path' }, description: 'ISO 3166-1 alpha-2 or alpha-3' }),
    }),
  },
  responses: {
    200: {
      description: 'The country',
      content: {
        'application/json': {
          schema: z
            .object({
              profile: CountryProfileSchema,
              indicators: z.array(IndicatorValueSchema),
              products: z.array(ProductSummary),
              costScenarios: z.string().describe('where its cost scenarios are listed'),
            })
            .openapi('CountryOverview'),
        },
      },
    },
    404: problemResponse('No country has this code'),
  },
});

/** Registers the country API routes (public: country data is open). */
export function registerCountryRoutes(
  api: OpenAPIHono<AppEnv>,
  db: Kysely<Database>,
  catalog: Catalog,
): void {
  api.openapi(listCountries, async (c) => {
    const { items } = await countryList(db, catalog, c.req.valid('query'));
    return c.json({ items, total: items.length }, 200);
  });
  api.openapi(getCountry, async (c) => {
    const { code } = c.req.valid('param');
    const overview = await countryOverview(db, catalog, code);
    if (!overview) throw new DomainError('not_found', `No country has the code "${code}".`);
    return c.json(
      { ...overview, costScenarios: `/api/v1/cost-scenarios?country=${overview.profile.code}` },
      200,
    );
  });
}
