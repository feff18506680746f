import { OpenAPIHono } from '@hono/zod-openapi';
import type { Catalog } from '../../services/catalog.ts';
import type { AppEnv } from '../env.ts';
import { sendProblem, validationProblem } from '../problem.ts';
import { registerProductRoutes } from './products.routes.ts';

/** The OpenAPI 3.1 document's header. */
export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'DPG Toolkit API',
    version: '1.0.0',
    description:
      'Read the Digital Public Goods catalogue: search, filters, facets and full product records. Errors are RFC 9457 problem details.',
    license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
  },
  servers: [{ url: '/api/v1' }],
};

/** The JSON API under /api/v1, with its OpenAPI document generated from the schemas that validate it. */
export function createApi(catalog: Catalog): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return sendProblem(c, validationProblem(result.error, c.req.path));
    },
  });
  registerProductRoutes(api, catalog);
  api.doc31('/openapi.json', openApiInfo);
  return api;
}
