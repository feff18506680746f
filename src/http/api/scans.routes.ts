import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { ScanResult } from '../../core/scan/scan-result.ts';
import { DomainError } from '../../core/errors.ts';
import type { Catalog } from '../../services/catalog.ts';
import { getScan, requestProductScan } from '../../services/scans.ts';
import { findScanSbom, listProductScans } from '../../storage/scan.repository.ts';
import type { Database } from '../../storage/schema.ts';
import type { AppEnv } from '../env.ts';
import { problemResponse, signedInResponses } from './problem-schema.ts';

const ScanSchema = z
  .object({
    id: z.string(),
    productSlug: z.string().nullable(),
    source: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z
      .object({ step: z.string(), done: z.number().optional(), total: z.number().optional() })
      .nullable(),
    result: ScanResult.nullable().openapi({
      description: 'The scan result (docs/scan-result.schema.json), once done.',
    }),
    error: z.string().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Scan');

const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The scan id (a UUID).' }),
});
const SlugParam = z.object({
  slug: z
    .string()
    .max(200)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});
const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const getRoute = createRoute({
  method: 'get',
  path: '/scans/{id}',
  summary: 'A repository scan: its status, progress, or result',
  request: { params: IdParam },
  responses: { 200: json('The scan', ScanSchema), 404: problemResponse('No scan has this id') },
});

const sbomRoute = createRoute({
  method: 'get',
  path: '/scans/{id}/sbom',
  summary: "The CycloneDX 1.6 SBOM of a finished scan's dependencies",
  request: { params: IdParam },
  responses: {
    200: json('The SBOM (CycloneDX JSON)', z.record(z.string(), z.unknown())),
    404: problemResponse('No finished scan has this id'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/products/{slug}/scans',
  summary: "A product's scans, newest first",
  request: { params: SlugParam },
  responses: {
    200: json('The scans', z.object({ items: z.array(ScanSchema) })),
    404: problemResponse('No product has this slug'),
  },
});

const startRoute = createRoute({
  method: 'post',
  path: '/products/{slug}/scans',
  summary: "Queue a scan of a product's repository",
  description:
    "Members who may create work in their organisation. The scan runs in the background; poll the scan's address (Location) for progress. Only https repository addresses of the catalogue are scanned.",
  request: { params: SlugParam },
  responses: {
    202: json('The queued scan', ScanSchema),
    400: problemResponse('The product has no https repository address'),
    404: problemResponse('No product has this slug'),
    ...signedInResponses,
  },
});

/** Registers the scan API. Scans are public facts about public repositories; starting one needs a member. */
export function registerScanRoutes(
  api: OpenAPIHono<AppEnv>,
  db: Kysely<Database>,
  catalog: Catalog,
  protocols?: readonly string[],
): void {
  api.openapi(getRoute, async (c) => c.json(await getScan(db, c.req.valid('param').id), 200));
  api.openapi(sbomRoute, async (c) => {
    const scan = await getScan(db, c.req.valid('param').id);
    const sbom = scan.status === 'done' ? await findScanSbom(db, scan.id) : undefined;
    if (!sbom) throw new DomainError('not_found', 'This scan has not finished, so it has no SBOM yet.');
    c.header('content-disposition', `attachment; filename="sbom-${scan.id}.cdx.json"`);
    return c.json(sbom, 200);
  });
  api.openapi(listRoute, async (c) => {
    const { slug } = c.req.valid('param');
    if (!(await catalog.index()).find(slug))
      throw new DomainError('not_found', `No product has the slug "${slug}".`);
    return c.json({ items: await listProductScans(db, slug) }, 200);
  });
  api.openapi(startRoute, async (c) => {
    const scan = await requestProductScan(db, catalog, c.get('viewer'), c.req.valid('param').slug, protocols);
    c.header('location', `/api/v1/scans/${scan.id}`);
    return c.json(scan, 202);
  });
}
