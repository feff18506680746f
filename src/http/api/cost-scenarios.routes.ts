import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { isCountryCode } from '../../core/catalog/country.ts';
import { CostScenarioDraft, type CostScenarioRecord } from '../../core/cost/cost-scenario-record.ts';
import { costTemplate, costTemplateIds } from '../../core/cost/cost-template.ts';
import { Scenario } from '../../core/cost/scenario.ts';
import { writeScenarioYaml } from '../../core/cost/scenario-file.ts';
import { DomainError } from '../../core/errors.ts';
import { costCsv } from '../../report/cost/cost-csv.ts';
import { costJson } from '../../report/cost/cost-json.ts';
import { costTableIds } from '../../report/cost/cost-table.ts';
import { costTables } from '../../report/cost/cost-tables.ts';
import { analyseScenario, type AnalysisSettings } from '../../core/cost/scenario-analysis.ts';
import {
  createCostScenario,
  getCostScenario,
  removeCostScenario,
  listVisibleCostScenarios,
  saveCostScenario,
  setCostScenarioPublished,
} from '../../services/cost-scenarios.ts';
import { Visibility } from '../../core/access/role.ts';
import type { Database } from '../../storage/schema.ts';
import type { AppEnv } from '../env.ts';
import { AnalysisQuery, ScenarioAnalysisSchema } from './cost-analysis.schema.ts';
import { problemResponse, signedInResponses } from './problem-schema.ts';

const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The scenario id (a UUID).' }),
});

const RecordSchema = CostScenarioDraft.extend({
  id: z.string(),
  revision: z.number().int(),
  organisationId: z.string().nullable().openapi({ description: 'The organisation that owns it.' }),
  visibility: Visibility,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('CostScenario');

const AnalysedRecordSchema = RecordSchema.extend({ analysis: ScenarioAnalysisSchema }).openapi(
  'AnalysedCostScenario',
);

const SaveBody = CostScenarioDraft.extend({
  revision: z.number().int().min(1).openapi({ description: 'The revision the change was made from.' }),
}).openapi('CostScenarioUpdate');

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/cost-scenarios',
  summary: 'Saved cost scenarios',
  description:
    "Those of the caller's organisation and every published one (only published ones without a token), most recently changed first; optionally those of one country.",
  request: {
    query: z.object({
      country: z
        .string()
        .refine(isCountryCode, { message: 'country must be an ISO 3166-1 alpha-2 code' })
        .optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      'The scenarios',
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            country: z.string(),
            products: z.array(z.string()),
            revision: z.number().int(),
            organisationId: z.string().nullable(),
            visibility: Visibility,
            updatedAt: z.string(),
          }),
        ),
      }),
    ),
    400: problemResponse('Invalid parameters'),
  },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/cost-scenarios',
  summary: 'Save a new cost scenario',
  request: { body: jsonBody(CostScenarioDraft), query: AnalysisQuery },
  responses: {
    201: jsonResponse('The saved scenario and its analysis', AnalysedRecordSchema),
    400: problemResponse('The scenario, its country or one of its products is invalid'),
    ...signedInResponses,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/cost-scenarios/{id}',
  summary: 'A saved cost scenario and its analysis',
  description:
    'Every figure per option: cost per year (nominal, real, discounted, in-country, by category), totals, NPV, annualised cost, cost per user, in-country share, break-even years, funding gap; the tornado; the Monte Carlo distribution when lines have ranges.',
  request: { params: IdParam, query: AnalysisQuery },
  responses: {
    200: jsonResponse('The scenario and its analysis', AnalysedRecordSchema),
    404: problemResponse('No scenario the caller may read has this id'),
  },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/cost-scenarios/{id}',
  summary: 'Replace a saved cost scenario',
  description:
    'Saves only if the scenario is still at the given revision; otherwise answers 409 and changes nothing.',
  request: { params: IdParam, body: jsonBody(SaveBody), query: AnalysisQuery },
  responses: {
    200: jsonResponse('The saved scenario and its analysis', AnalysedRecordSchema),
    400: problemResponse('Invalid scenario'),
    404: problemResponse('No scenario has this id'),
    409: problemResponse('Someone saved the scenario since that revision'),
    ...signedInResponses,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/cost-scenarios/{id}',
  summary: 'Delete a saved cost scenario',
  request: { params: IdParam },
  responses: {
    204: { description: 'Deleted' },
    404: problemResponse('No scenario the caller may read has this id'),
    ...signedInResponses,
  },
});

const analyseRoute = createRoute({
  method: 'post',
  path: '/cost/analyse',
  summary: 'Analyse a scenario without saving it',
  request: { body: jsonBody(Scenario), query: AnalysisQuery },
  responses: {
    200: jsonResponse('The analysis', ScenarioAnalysisSchema),
    400: problemResponse('Invalid scenario'),
  },
});

const templatesRoute = createRoute({
  method: 'get',
  path: '/cost-templates',
  summary: 'Templates to start a scenario from',
  description:
    'Each template as a scenario with illustrative amounts in US dollars, labels in the language of the request.',
  responses: {
    200: jsonResponse(
      'The templates',
      z.object({ items: z.array(z.object({ id: z.enum(costTemplateIds), scenario: Scenario })) }),
    ),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/cost-scenarios/{id}/export',
  summary: 'Download a scenario and its results',
  description:
    'xlsx: a workbook with one sheet per table; csv: one table (`table`); json: the scenario and its analysis; yaml: the scenario file, to edit and import again. Column titles follow the language of the request (`lang`).',
  request: {
    params: IdParam,
    query: AnalysisQuery.extend({
      format: z.enum(['xlsx', 'csv', 'json', 'yaml']),
      table: z
        .enum(costTableIds)
        .optional()
        .openapi({ description: 'The table, for csv (default summary).' }),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().openapi({ format: 'binary' }),
        },
        'text/csv': { schema: z.string() },
        'application/json': { schema: z.object({}).passthrough() },
        'application/yaml': { schema: z.string() },
      },
    },
    400: problemResponse('Invalid parameters, or a table this scenario does not have'),
    404: problemResponse('No scenario has this id'),
  },
});

const settingsOf = (query: z.infer<typeof AnalysisQuery>): AnalysisSettings => ({
  ...(query.seed === undefined ? {} : { seed: query.seed }),
  ...(query.iterations === undefined ? {} : { iterations: query.iterations }),
});

const analysed = (record: CostScenarioRecord, query: z.infer<typeof AnalysisQuery>) => ({
  ...record,
  analysis: analyseScenario(record.scenario, settingsOf(query)),
});

const visibilityRoute = createRoute({
  method: 'put',
  path: '/cost-scenarios/{id}/visibility',
  summary: 'Publish a cost scenario, or make it private again',
  description:
    "Owners of the scenario's organisation only. A published scenario is readable by anyone at its link.",
  request: { params: IdParam, body: jsonBody(z.object({ visibility: Visibility })) },
  responses: {
    200: jsonResponse('The scenario', RecordSchema),
    404: problemResponse('No scenario the caller may read has this id'),
    ...signedInResponses,
  },
});

/** Registers the cost scenario API: list, create, read, replace, delete, analyse, templates. */
export function registerCostScenarioRoutes(api: OpenAPIHono<AppEnv>, db: Kysely<Database>): void {
  api.openapi(listRoute, async (c) => {
    const { country } = c.req.valid('query');
    return c.json(
      { items: await listVisibleCostScenarios(db, c.get('viewer'), { country, limit: 500 }) },
      200,
    );
  });
  api.openapi(createRouteDef, async (c) => {
    const record = await createCostScenario(db, c.get('viewer'), c.req.valid('json'));
    c.header('location', `/api/v1/cost-scenarios/${record.id}`);
    return c.json(analysed(record, c.req.valid('query')), 201);
  });
  api.openapi(getRoute, async (c) => {
    const record = await getCostScenario(db, c.get('viewer'), c.req.valid('param').id);
    return c.json(analysed(record, c.req.valid('query')), 200);
  });
  api.openapi(saveRoute, async (c) => {
    const { revision, ...draft } = c.req.valid('json');
    const record = await saveCostScenario(db, c.get('viewer'), c.req.valid('param').id, revision, draft);
    return c.json(analysed(record, c.req.valid('query')), 200);
  });
  api.openapi(deleteRoute, async (c) => {
    await removeCostScenario(db, c.get('viewer'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  api.openapi(visibilityRoute, async (c) => {
    const published = c.req.valid('json').visibility === 'published';
    const record = await setCostScenarioPublished(db, c.get('viewer'), c.req.valid('param').id, published);
    return c.json(record, 200);
  });
  api.openapi(exportRoute, async (c) => {
    const query = c.req.valid('query');
    const record = await getCostScenario(db, c.get('viewer'), c.req.valid('param').id);
    const analysis = analyseScenario(record.scenario, settingsOf(query));
    const base = fileName(record.scenario.name);
    const attachment = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });
    if (query.format === 'yaml')
      return c.body(writeScenarioYaml(record.scenario), 200, {
        'content-type': 'application/yaml; charset=utf-8',
        ...attachment(`${base}.yaml`),
      });
    if (query.format === 'json')
      return c.body(JSON.stringify(costJson(record.scenario, analysis), null, 2), 200, {
        'content-type': 'application/json; charset=utf-8',
        ...attachment(`${base}.json`),
      });
    const tables = costTables(record.scenario, analysis, c.get('t'));
    if (query.format === 'xlsx')
      return c.body((await (await loadXlsx()).costXlsx(tables)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ...attachment(`${base}.xlsx`),
      });
    const id = query.table ?? 'summary';
    const table = tables.find((candidate) => candidate.id === id);
    if (!table)
      throw new DomainError('invalid_input', `This scenario has no ${id} table (it has no ranges).`);
    return c.body(costCsv(table), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment(`${base}-${id}.csv`),
    });
  });
  api.openapi(analyseRoute, (c) =>
    c.json(analyseScenario(c.req.valid('json'), settingsOf(c.req.valid('query'))), 200),
  );
  api.openapi(templatesRoute, (c) => {
    const t = c.get('t');
    const text = (key: string) => t.label('costTemplate', key);
    const items = costTemplateIds.map((id) => ({
      id,
      scenario: Scenario.parse(costTemplate(id, text, t.label('costTemplate.name', id))),
    }));
    return c.json({ items }, 200);
  });
}

/** The workbook writer (exceljs) loads on the first XLSX download, not at start. */
const loadXlsx = () => import('../../report/cost/cost-xlsx.ts');

/** A safe file name from a scenario name: letters, digits and dashes. */
function fileName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return base || 'scenario';
}
