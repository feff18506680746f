import type { Kysely } from 'kysely';
import { modelKey, type AssessmentModel } from '../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import { DomainError } from '../core/errors.ts';
import type { Database } from '../storage/schema.ts';
import type { Viewer } from './accounts/viewer.ts';
import { assessProduct } from './assess-product.ts';
import {
  countryModelNamed,
  getAssessment,
  listVisibleAssessments,
  modelNamed,
  modelOf,
} from './assessments.ts';
import { assessSubject, catalogueProduct, subjectName, subjectOf } from './assessment-subject.ts';

/** One column of a comparison: a product and its result on the model compared. */
export interface ComparedAssessment {
  /** The saved assessment shown, or none when the result was computed from the evidence alone. */
  assessmentId: string | undefined;
  title: string;
  productSlug: string | null;
  countryCode: string | null;
  /** For a country seen from its data alone: the last year of data used (`KE:2020`), when one was asked. */
  dataYear: number | null;
  result: AssessmentResult;
}

/** Two to four results on one model version, side by side. */
export interface AssessmentComparison {
  model: AssessmentModel;
  entries: ComparedAssessment[];
}

/**
 * What to compare: saved assessments by id, products on a model (`id` or `id@version`), or countries on
 * a country model, each `CODE` (its latest data) or `CODE:YEAR` (its data as it stood that year), for a
 * sector when given.
 */
export type ComparisonRequest =
  | { ids: string[] }
  | { products: string[]; model: string }
  | { countries: string[]; model: string; sector?: string | undefined };

/** How many results a comparison holds. */
export const comparisonSize = { min: 2, max: 4 } as const;

/**
 * Puts two to four results side by side on one model version: saved assessments the viewer may read,
 * or products, each shown by its most recent assessment the viewer may read on that model version, or
 * else by a result computed from its record and latest scan alone (nothing saved); or countries, each
 * computed from its profile and indicators alone (nothing saved, no answers), which shows two countries
 * or one country over the years on the same footing. Refuses, naming the parameter, fewer than two or
 * more than four, a repeated one, and assessments made with different models or versions.
 */
export async function compareAssessments(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  request: ComparisonRequest,
  now = new Date(),
): Promise<AssessmentComparison> {
  const [field, keys] =
    'ids' in request
      ? ['ids', request.ids]
      : 'products' in request
        ? ['products', request.products]
        : ['countries', request.countries];
  if (keys.length < comparisonSize.min || keys.length > comparisonSize.max)
    throw refused(field, `compare from ${comparisonSize.min} to ${comparisonSize.max}, not ${keys.length}`);
  if (new Set(keys).size !== keys.length) throw refused(field, 'the same one is named twice');
  if ('ids' in request) {
    const records = await Promise.all(request.ids.map((id) => getAssessment(db, viewer, id)));
    const models = new Set(records.map((record) => modelKey(record.model)));
    if (models.size > 1)
      throw refused('ids', `the assessments use different models: ${[...models].join(', ')}`);
    return {
      model: await modelOf(records[0]!),
      entries: records.map((record) => ({
        assessmentId: record.id,
        title: record.title,
        productSlug: record.productSlug,
        countryCode: record.countryCode,
        dataYear: null,
        result: record.result,
      })),
    };
  }
  if ('countries' in request) return compareCountries(db, request, now);
  const model = await modelNamed(request.model);
  const entries = await Promise.all(
    request.products.map(async (slug, index): Promise<ComparedAssessment> => {
      const product = await catalogueProduct(db, slug).catch((error: unknown) => {
        throw error instanceof DomainError ? refused(`products.${index}`, error.message) : error;
      });
      const saved = (
        await listVisibleAssessments(db, viewer, { product: slug, model: model.id, limit: 50 })
      ).find((summary) => summary.model.version === model.version);
      if (saved) {
        const record = await getAssessment(db, viewer, saved.id);
        return { ...fromProduct(slug), assessmentId: record.id, title: record.title, result: record.result };
      }
      const { result } = await assessProduct(db, model, product, {}, now);
      return { ...fromProduct(slug), assessmentId: undefined, title: product.name, result };
    }),
  );
  return { model, entries };
}

const fromProduct = (slug: string) => ({ productSlug: slug, countryCode: null, dataYear: null });

/** `KE` or `KE:2020`. */
const countryEntry = /^([A-Za-z]{2,3})(?::(\d{4}))?$/;

async function compareCountries(
  db: Kysely<Database>,
  request: { countries: string[]; model: string; sector?: string | undefined },
  now: Date,
): Promise<AssessmentComparison> {
  const model = await countryModelNamed(request.model);
  const entries = await Promise.all(
    request.countries.map(async (entry, index): Promise<ComparedAssessment> => {
      const path = `countries.${index}`;
      const match = countryEntry.exec(entry.trim());
      if (!match) throw refused(path, `"${entry}" is not a country code, optionally with a year (KE:2022)`);
      const dataYear = match[2] === undefined ? null : Number(match[2]);
      const subject = await subjectOf(db, model, { country: match[1], sector: request.sector }).catch(
        (error: unknown) => {
          throw error instanceof DomainError ? refused(path, error.message) : error;
        },
      );
      if (subject.kind !== 'country') throw refused(path, 'not a country');
      const { result } = await assessSubject(db, model, subject, {}, now, {
        upToYear: dataYear ?? undefined,
      });
      const name = subjectName(subject);
      return {
        assessmentId: undefined,
        title: dataYear === null ? name : `${name} ${dataYear}`,
        productSlug: null,
        countryCode: subject.profile.code,
        dataYear,
        result,
      };
    }),
  );
  return { model, entries };
}

function refused(path: string, message: string): DomainError {
  return new DomainError('invalid_input', `${path}: ${message}`, { issues: [{ path, message }] });
}
