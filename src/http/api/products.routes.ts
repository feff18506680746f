import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { CatalogQuery } from '../../core/catalog/catalog-query.ts';
import { Product, ProductSummary } from '../../core/catalog/product.ts';
import { DomainError } from '../../core/errors.ts';
import type { Catalog } from '../../services/catalog.ts';
import type { AppEnv } from '../env.ts';
import { problemResponse } from './problem-schema.ts';

const FacetCountsSchema = z
  .record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() })))
  .openapi('FacetCounts');

const FilterQuery = CatalogQuery.omit({ sort: true, page: true, pageSize: true, cursor: true });

const listProducts = createRoute({
  method: 'get',
  path: '/products',
  summary: 'Search and filter the catalogue',
  description:
    'Full-text search with typo tolerance, facet filters (any of the values within a facet, all facets together), order and pagination by page number or cursor.',
  request: { query: CatalogQuery },
  responses: {
    200: {
      description: 'One page of products',
      content: {
        'application/json': {
          schema: z
            .object({
              items: z.array(ProductSummary),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              pageCount: z.number().int(),
              nextCursor: z.string().optional(),
            })
            .openapi('ProductPage'),
        },
      },
    },
    400: problemResponse('Invalid parameters'),
  },
});

const getProduct = createRoute({
  method: 'get',
  path: '/products/{slug}',
  summary: 'One product, every field',
  request: {
    params: z.object({
      slug: z
        .string()
        .max(200)
        .openapi({ param: { name: 'slug', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The product', content: { 'application/json': { schema: Product } } },
    404: problemResponse('No product has this slug'),
  },
});

const getFacets = createRoute({
  method: 'get',
  path: '/facets',
  summary: 'Facet values and counts',
  description: 'For each facet, its values and how many products match each, given the other filters.',
  request: { query: FilterQuery },
  responses: {
    200: {
      description: 'Counts per facet',
      content: {
        'application/json': { schema: z.object({ total: z.number().int(), facets: FacetCountsSchema }) },
      },
    },
    400: problemResponse('Invalid parameters'),
  },
});

/** Registers the catalogue API routes. */
export function registerProductRoutes(api: OpenAPIHono<AppEnv>, catalog: Catalog): void {
  api.openapi(listProducts, async (c) => {
    const page = (await catalog.index()).query(c.req.valid('query'), { facets: false });
    const { facets: _facets, ...body } = page;
    return c.json(body, 200);
  });
  api.openapi(getProduct, async (c) => {
    const { slug } = c.req.valid('param');
    const product = (await catalog.index()).find(slug);
    if (!product) throw new DomainError('not_found', `No product has the slug "${slug}".`);
    return c.json(product, 200);
  });
  api.openapi(getFacets, async (c) => {
    const query = CatalogQuery.parse({ ...c.req.valid('query'), pageSize: 1 });
    const { total, facets } = (await catalog.index()).query(query);
    return c.json({ total, facets }, 200);
  });
}
