import type { Kysely } from 'kysely';
import { modelKey, type AssessmentModel } from '../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import { DomainError } from '../core/errors.ts';
import type { Database } from '../storage/schema.ts';
import type { Viewer } from './accounts/viewer.ts';
import { assessProduct } from './assess-product.ts';
import {
  catalogueProduct,
  getAssessment,
  listVisibleAssessments,
  modelNamed,
  modelOf,
} from './assessments.ts';

/** One column of a comparison: a product and its result on the model compared. */
export interface ComparedAssessment {
  /** The saved assessment shown, or none when the result was computed from the evidence alone. */
  assessmentId: string | undefined;
  title: string;
  productSlug: string | null;
  result: AssessmentResult;
}

/** Two to four results on one model version, side by side. */
export interface AssessmentComparison {
  model: AssessmentModel;
  entries: ComparedAssessment[];
}

/** What to compare: saved assessments by id, or products on a model (`id` or `id@version`). */
export type ComparisonRequest = { ids: string[] } | { products: string[]; model: string };

/** How many results a comparison holds. */
export const comparisonSize = { min: 2, max: 4 } as const;

/**
 * Puts two to four results side by side on one model version: saved assessments the viewer may read,
 * or products, each shown by its most recent assessment the viewer may read on that model version, or
 * else by a result computed from its record and latest scan alone (nothing saved). Refuses, naming the
 * parameter, fewer than two or more than four, a repeated one, and assessments made with different
 * models or versions.
 */
export async function compareAssessments(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  request: ComparisonRequest,
  now = new Date(),
): Promise<AssessmentComparison> {
  const field = 'ids' in request ? 'ids' : 'products';
  const keys = 'ids' in request ? request.ids : request.products;
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
        result: record.result,
      })),
    };
  }
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
        return { assessmentId: record.id, title: record.title, productSlug: slug, result: record.result };
      }
      const { result } = await assessProduct(db, model, product, {}, now);
      return { assessmentId: undefined, title: product.name, productSlug: slug, result };
    }),
  );
  return { model, entries };
}

function refused(path: string, message: string): DomainError {
  return new DomainError('invalid_input', `${path}: ${message}`, { issues: [{ path, message }] });
}
