import { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../services/catalog.ts';
import type { Database } from '../../storage/schema.ts';
import type { AppEnv } from '../env.ts';
import { sendProblem, validationProblem } from '../problem.ts';
import { registerAssessmentRoutes } from './assessments.routes.ts';
import { registerCostScenarioRoutes } from './cost-scenarios.routes.ts';
import { registerCountryRoutes } from './countries.routes.ts';
import { registerEvidenceRoutes } from './evidence.routes.ts';
import { registerMeRoutes } from './me.routes.ts';
import { registerScanRoutes } from './scans.routes.ts';
import { registerProductRoutes } from './products.routes.ts';

/** The OpenAPI 3.1 document's header. */
export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'DPG Toolkit API',
    version: '1.0.0',
    description:
      'Read the Digital Public Goods catalogue (search, filters, facets, full product records), country profiles with their indicators and the evidence library of case-study lessons, assess products against models such as the DPG Standard and product adoptability and countries against readiness and capacity models, and build cost scenarios (total cost of ownership, NPV, break-even, uncertainty, funding gap, exports). Reading the catalogue and published work needs no account; private work needs an API token of its organisation (Authorization: Bearer dpg_…). Errors are RFC 9457 problem details.',
    license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
  },
  servers: [{ url: '/api/v1' }],
  security: [{ apiToken: [] }, {}] as Record<string, string[]>[],
};

/** The JSON API under /api/v1, with its OpenAPI document generated from the schemas that validate it. */
export function createApi(
  catalog: Catalog,
  db: Kysely<Database>,
  scanProtocols?: readonly string[],
): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return sendProblem(c, validationProblem(result.error, c.req.path));
    },
  });
  registerProductRoutes(api, catalog);
  registerCostScenarioRoutes(api, db);
  registerCountryRoutes(api, db, catalog);
  registerEvidenceRoutes(api);
  registerAssessmentRoutes(api, db);
  registerMeRoutes(api);
  registerScanRoutes(api, db, catalog, scanProtocols);
  api.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal API token (dpg_…) made on the account page, scoped to one organisation, read or write.',
  });
  api.doc31('/openapi.json', openApiInfo);
  return api;
}
