import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  businessModels,
  lenses,
  toolkitAreas,
  type CaseStudy,
  type Lesson,
} from '../../core/evidence/case-study.ts';
import { lessonSectors, searchLessons } from '../../core/evidence/search-evidence.ts';
import { sectors } from '../../core/country/country-facts.ts';
import { DomainError } from '../../core/errors.ts';
import { loadEvidenceLibrary } from '../../services/evidence-library.ts';
import type { AppEnv } from '../env.ts';
import { problemResponse } from './problem-schema.ts';

/** Texts of the library are returned in both languages, as stored. */
const TextSchema = z.object({ en: z.string(), fr: z.string() });

const SourceSchema = z
  .object({ title: z.string(), path: z.string().describe('the seed the library summarises') })
  .openapi('EvidenceSource');

const EvidenceLessonSchema = z
  .object({
    caseStudy: z.string().describe('the id of its case study, for /evidence/{id}'),
    caseStudyName: z.string(),
    number: z.number().int().describe('as the study numbers it'),
    title: TextSchema,
    text: TextSchema,
    areas: z.array(z.enum(toolkitAreas)).describe('toolkit areas (the groups of country-readiness)'),
    sectors: z.array(z.enum(sectors)).describe("its case study's sectors and its own"),
    businessModels: z.array(z.enum(businessModels)).describe('the business models it bears on'),
    url: z.string().describe('its place in the evidence library pages'),
    citation: z.object({ source: z.string(), section: z.string() }),
  })
  .openapi('EvidenceLesson');

const InsightSchema = z
  .object({
    number: z.number().int(),
    title: TextSchema,
    text: TextSchema,
    areas: z.array(z.enum(toolkitAreas)),
  })
  .openapi('EvidenceInsight');

const CaseStudySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    sectors: z.array(z.enum(sectors)),
    businessModel: z.enum(businessModels).describe('how the case study is paid for'),
    summary: TextSchema,
    figures: z.array(z.object({ text: TextSchema, section: z.string().describe('of the study') })),
    lenses: z.object(Object.fromEntries(lenses.map((lens) => [lens, TextSchema]))),
    lessons: z.array(EvidenceLessonSchema.omit({ caseStudy: true, caseStudyName: true })),
    source: SourceSchema,
  })
  .openapi('CaseStudy');

const EvidenceQuerySchema = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'words, in English or French' }),
  area: z.enum(toolkitAreas).optional(),
  sector: z.enum(sectors).optional(),
  businessModel: z.enum(businessModels).optional(),
});

const listEvidence = createRoute({
  method: 'get',
  path: '/evidence',
  summary: 'Search the lessons of the evidence library',
  description:
    "The lessons of the five UNDP case studies that match every filter given (words in either language, toolkit area, sector, business model), each with its case study and a citation of the study; without filters, also the study's cross-cutting insights. Texts come in English and French.",
  request: { query: EvidenceQuerySchema },
  responses: {
    200: {
      description: 'The matching lessons',
      content: {
        'application/json': {
          schema: z.object({
            source: SourceSchema,
            items: z.array(EvidenceLessonSchema),
            total: z.number().int(),
            insights: z.array(InsightSchema).optional().describe('only when no filter is given'),
          }),
        },
      },
    },
    400: problemResponse('Invalid parameters'),
  },
});

const getCaseStudy = createRoute({
  method: 'get',
  path: '/evidence/{id}',
  summary: 'One case study: summary, figures, the five lenses and its lessons',
  request: {
    params: z.object({
      id: z
        .string()
        .max(64)
        .regex(/^[a-z][a-z0-9-]*$/)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'mosip' }),
    }),
  },
  responses: {
    200: { description: 'The case study', content: { 'application/json': { schema: CaseStudySchema } } },
    400: problemResponse('Invalid id'),
    404: problemResponse('No case study has this id'),
  },
});

const lessonJson = (source: string, caseStudy: CaseStudy, lesson: Lesson) => ({
  number: lesson.number,
  title: lesson.title,
  text: lesson.text,
  areas: lesson.areas,
  sectors: lessonSectors(caseStudy, lesson),
  businessModels: lesson.businessModels,
  url: `/evidence/${caseStudy.id}#lesson-${lesson.number}`,
  citation: { source, section: `${caseStudy.name} lesson ${lesson.number}` },
});

/** Registers the evidence library API routes (public: the library is published data). */
export function registerEvidenceRoutes(api: OpenAPIHono<AppEnv>): void {
  api.openapi(listEvidence, async (c) => {
    const query = c.req.valid('query');
    const { source, caseStudies, insights } = await loadEvidenceLibrary();
    const items = searchLessons(caseStudies, { ...query, q: query.q || undefined }).map(
      ({ caseStudy, lesson }) => ({
        caseStudy: caseStudy.id,
        caseStudyName: caseStudy.name,
        ...lessonJson(source.title, caseStudy, lesson),
      }),
    );
    const filtered = Boolean(query.q || query.area || query.sector || query.businessModel);
    return c.json({ source, items, total: items.length, ...(filtered ? {} : { insights }) }, 200);
  });
  api.openapi(getCaseStudy, async (c) => {
    const { id } = c.req.valid('param');
    const { source, caseStudies } = await loadEvidenceLibrary();
    const caseStudy = caseStudies.find((entry) => entry.id === id);
    if (!caseStudy) throw new DomainError('not_found', `No case study has the id "${id}".`);
    const lessons = caseStudy.lessons.map((lesson) => lessonJson(source.title, caseStudy, lesson));
    return c.json({ ...caseStudy, lessons, source }, 200);
  });
}
