import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { stringify } from 'yaml';
import { modelKey, type AssessmentModel } from '../../core/assessment/assessment-model.ts';
import { dpgNomination } from '../../core/assessment/dpg-nomination.ts';
import { assessesProducts } from '../../core/assessment/model-subject.ts';
import { Visibility } from '../../core/access/role.ts';
import { sectors } from '../../core/country/country-facts.ts';
import { DomainError } from '../../core/errors.ts';
import { assessmentCsv } from '../../report/assessment/assessment-csv.ts';
import { loadAssessmentModels, resolveAssessmentModel } from '../../services/assessment-models.ts';
import {
  createAssessment,
  getAssessment,
  listVisibleAssessments,
  modelOf,
  removeAssessment,
  saveAssessment,
  setAssessmentPublished,
} from '../../services/assessments.ts';
import { catalogueProduct } from '../../services/assessment-subject.ts';
import { compareAssessments } from '../../services/compare-assessments.ts';
import type { Database } from '../../storage/schema.ts';
import type { AppEnv } from '../env.ts';
import {
  AssessmentModelSummarySchema,
  AssessmentSchema,
  AssessmentSummarySchema,
  AssessmentUpdateSchema,
  ComparisonSchema,
  NewAssessmentSchema,
} from './assessment.schema.ts';
import { problemResponse, signedInResponses } from './problem-schema.ts';

const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The assessment id (a UUID).' }),
});

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A query parameter given repeated or comma-separated. */
const ListParameter = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter(Boolean),
  );

const modelsRoute = createRoute({
  method: 'get',
  path: '/assessment-models',
  summary: 'Assessment models',
  description:
    'Every model version the server has, with its groups and how many indicators and questions it asks.',
  responses: {
    200: jsonResponse('The models', z.object({ items: z.array(AssessmentModelSummarySchema) })),
  },
});

const modelRoute = createRoute({
  method: 'get',
  path: '/assessment-models/{id}',
  summary: 'One assessment model',
  description:
    'The whole model (groups, indicators, questions, evidence rules, levels, recommendations and sources), by `id` (latest version) or `id@version`.',
  request: {
    params: z.object({
      id: z
        .string()
        .max(80)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'dpg-standard@1' }),
    }),
  },
  responses: {
    200: jsonResponse('The model', z.object({}).passthrough().openapi('AssessmentModel')),
    400: problemResponse('Not a model name'),
    404: problemResponse('No model of that name'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/assessments',
  summary: 'Saved assessments',
  description:
    "Those of the caller's organisation and every published one (only published ones without a token), most recently changed first; optionally of one product or one country, and one model.",
  request: {
    query: z.object({
      product: z.string().max(200).optional().openapi({ description: 'A product slug' }),
      country: z
        .string()
        .regex(/^[A-Za-z]{2}$/)
        .optional()
        .openapi({ description: 'An ISO alpha-2 country code' }),
      model: z.string().max(80).optional().openapi({ description: 'A model id' }),
    }),
  },
  responses: {
    200: jsonResponse('The assessments', z.object({ items: z.array(AssessmentSummarySchema) })),
    400: problemResponse('Invalid parameters'),
  },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/assessments',
  summary: 'Start an assessment of a product or a country',
  description:
    "Saved as a draft in the caller's organisation. A product model takes `product`: its result is computed from the product's record, its latest finished scan and the answers. A country model (country-readiness, capacity-needs) takes `country` and optionally `sector`: its result is computed from the country's profile and imported indicators (GTMI, EGDI) and the answers.",
  request: { body: jsonBody(NewAssessmentSchema) },
  responses: {
    201: jsonResponse('The saved assessment and its result', AssessmentSchema),
    400: problemResponse(
      'Unknown model, product or country, a subject of the wrong kind, or invalid answers (each named in errors)',
    ),
    ...signedInResponses,
  },
});

const compareRoute = createRoute({
  method: 'get',
  path: '/assessments/compare',
  summary: 'Compare two to four assessments, products or countries',
  description:
    'Either `ids` (saved assessments on the same model version); or `products` with `model`: each product by its most recent assessment the caller may read on that model version, else by a result computed from its evidence alone (nothing saved); or `countries` with a country `model` (and optionally `sector`): each `CODE` or `CODE:YEAR` computed from the country data alone as it stood then (nothing saved), to compare two countries or one country over time.',
  request: {
    query: z.object({
      ids: ListParameter.openapi({
        type: 'string',
        description: 'Assessment ids, repeated or comma-separated',
      }),
      products: ListParameter.openapi({
        type: 'string',
        description: 'Product slugs, repeated or comma-separated',
      }),
      countries: ListParameter.openapi({
        type: 'string',
        description: 'Country codes, each optionally with a year (KE:2020), repeated or comma-separated',
      }),
      model: z
        .string()
        .max(80)
        .optional()
        .openapi({ description: 'id or id@version, with products or countries' }),
      sector: z.enum(sectors).optional().openapi({ description: 'With countries' }),
    }),
  },
  responses: {
    200: jsonResponse('The results side by side', ComparisonSchema),
    400: problemResponse(
      'Fewer than two or more than four, different models, or an unknown product or country',
    ),
    404: problemResponse('An assessment the caller may not read'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}',
  summary: 'A saved assessment and its result',
  request: { params: IdParam },
  responses: {
    200: jsonResponse('The assessment and its result', AssessmentSchema),
    404: problemResponse('No assessment the caller may read has this id'),
  },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/assessments/{id}',
  summary: 'Replace the answers of an assessment',
  description:
    'The answers given replace the old ones and the result is computed again from the latest facts. Saves only if the assessment is still at the given revision; otherwise answers 409 and changes nothing.',
  request: { params: IdParam, body: jsonBody(AssessmentUpdateSchema) },
  responses: {
    200: jsonResponse('The saved assessment and its result', AssessmentSchema),
    400: problemResponse('Invalid answers (each named in errors)'),
    404: problemResponse('No assessment the caller may read has this id'),
    409: problemResponse('Someone saved the assessment since that revision'),
    ...signedInResponses,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/assessments/{id}',
  summary: 'Delete an assessment',
  request: { params: IdParam },
  responses: {
    204: { description: 'Deleted' },
    404: problemResponse('No assessment the caller may read has this id'),
    ...signedInResponses,
  },
});

const visibilityRoute = createRoute({
  method: 'put',
  path: '/assessments/{id}/visibility',
  summary: 'Publish an assessment, or make it private again',
  description:
    "Owners of the assessment's organisation only. A published assessment is readable by anyone at its link.",
  request: { params: IdParam, body: jsonBody(z.object({ visibility: Visibility })) },
  responses: {
    200: jsonResponse('The assessment', AssessmentSchema),
    404: problemResponse('No assessment the caller may read has this id'),
    ...signedInResponses,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}/export',
  summary: 'Download an assessment',
  description:
    'json: the assessment and its result; csv: one row per indicator (group, indicator, level, score, basis, explanation, facts read), titles in the language of the request (`lang`); answers: the answers file (YAML) that `dpg assess --answers` reads; nomination: for dpg-standard, the product and its answers as a DPG Alliance registry record and screening (evidence) file.',
  request: {
    params: IdParam,
    query: z.object({ format: z.enum(['json', 'csv', 'answers', 'nomination']) }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        'application/json': { schema: z.object({}).passthrough() },
        'text/csv': { schema: z.string() },
        'application/yaml': { schema: z.string() },
      },
    },
    400: problemResponse('A nomination of an assessment that is not on dpg-standard'),
    404: problemResponse('No assessment the caller may read has this id'),
  },
});

/** What the list of models says about each. */
function modelSummary(model: AssessmentModel) {
  const indicators = model.groups.flatMap((group) => group.indicators);
  return {
    id: model.id,
    version: model.version,
    key: modelKey(model),
    title: model.title,
    description: model.description,
    groups: model.groups.map((group) => ({
      id: group.id,
      title: group.title,
      indicators: group.indicators.length,
    })),
    indicators: indicators.length,
    questions: indicators.reduce((sum, indicator) => sum + indicator.questions.length, 0),
    assessesProducts: assessesProducts(model),
  };
}

/** A safe file name: letters, digits and dashes. */
function fileName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return base || 'assessment';
}

/** Registers the assessment API: models, and assessments (list, create, read, replace, delete, publish, export, compare). */
export function registerAssessmentRoutes(api: OpenAPIHono<AppEnv>, db: Kysely<Database>): void {
  api.openapi(modelsRoute, async (c) =>
    c.json({ items: (await loadAssessmentModels()).map(modelSummary) }, 200),
  );
  api.openapi(modelRoute, async (c) => c.json(await resolveAssessmentModel(c.req.valid('param').id), 200));
  api.openapi(listRoute, async (c) => {
    const { product, country, model } = c.req.valid('query');
    return c.json(
      {
        items: await listVisibleAssessments(db, c.get('viewer'), {
          product,
          country: country?.toUpperCase(),
          model,
          limit: 500,
        }),
      },
      200,
    );
  });
  api.openapi(createRouteDef, async (c) => {
    const record = await createAssessment(db, c.get('viewer'), c.req.valid('json'));
    c.header('location', `/api/v1/assessments/${record.id}`);
    return c.json(record, 201);
  });
  api.openapi(compareRoute, async (c) => {
    const { ids, products, countries, model, sector } = c.req.valid('query');
    if (ids.length === 0 && ((products.length === 0 && countries.length === 0) || !model))
      throw new DomainError('invalid_input', 'Give ids, or products or countries and a model.', {
        issues: [{ path: 'ids', message: 'give ids, or products or countries and a model' }],
      });
    const comparison = await compareAssessments(
      db,
      c.get('viewer'),
      ids.length > 0
        ? { ids }
        : countries.length > 0
          ? { countries, model: model!, sector }
          : { products, model: model! },
    );
    const { id, version, title } = comparison.model;
    return c.json(
      {
        model: { id, version, title },
        entries: comparison.entries.map((entry) => ({ ...entry, assessmentId: entry.assessmentId ?? null })),
      },
      200,
    );
  });
  api.openapi(getRoute, async (c) =>
    c.json(await getAssessment(db, c.get('viewer'), c.req.valid('param').id), 200),
  );
  api.openapi(saveRoute, async (c) => {
    const { revision, ...change } = c.req.valid('json');
    const record = await saveAssessment(db, c.get('viewer'), c.req.valid('param').id, revision, change);
    return c.json(record, 200);
  });
  api.openapi(deleteRoute, async (c) => {
    await removeAssessment(db, c.get('viewer'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  api.openapi(visibilityRoute, async (c) => {
    const published = c.req.valid('json').visibility === 'published';
    return c.json(await setAssessmentPublished(db, c.get('viewer'), c.req.valid('param').id, published), 200);
  });
  api.openapi(exportRoute, async (c) => {
    const { format } = c.req.valid('query');
    const record = await getAssessment(db, c.get('viewer'), c.req.valid('param').id);
    const model = await modelOf(record);
    const base = `${fileName(record.productSlug ?? record.title)}-${model.id}`;
    const attachment = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });
    if (format === 'csv')
      return c.body(assessmentCsv(model, record.result, c.get('t')), 200, {
        'content-type': 'text/csv; charset=utf-8',
        ...attachment(`${base}.csv`),
      });
    if (format === 'answers')
      return c.body(stringify({ model: modelKey(model), answers: record.answers }), 200, {
        'content-type': 'application/yaml; charset=utf-8',
        ...attachment(`${base}-answers.yaml`),
      });
    if (format === 'nomination') {
      if (model.id !== 'dpg-standard' || !record.productSlug)
        throw new DomainError(
          'invalid_input',
          'A nomination is made from a dpg-standard assessment of a product.',
          {
            issues: [{ path: 'format', message: 'nomination needs a dpg-standard assessment' }],
          },
        );
      const product = await catalogueProduct(db, record.productSlug);
      return c.body(JSON.stringify(dpgNomination(product, record.answers), null, 2), 200, {
        'content-type': 'application/json; charset=utf-8',
        ...attachment(`${base}-nomination.json`),
      });
    }
    return c.body(JSON.stringify(record, null, 2), 200, {
      'content-type': 'application/json; charset=utf-8',
      ...attachment(`${base}.json`),
    });
  });
}
