import type { Kysely } from 'kysely';
import { assess } from '../core/assessment/assess.ts';
import { assessmentFacts, type AssessmentFacts } from '../core/assessment/assessment-facts.ts';
import type { AssessmentModel } from '../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import type { Answers } from '../core/assessment/answers.ts';
import type { Product } from '../core/catalog/product.ts';
import { findLatestScanResult } from '../storage/scan.repository.ts';
import type { Database } from '../storage/schema.ts';
import { sha256Digest } from './assessment-models.ts';

/** A result and what it rests on besides the answers: the scan used, if any. */
export interface ProductAssessment {
  result: AssessmentResult;
  /** When the scan the facts came from was made (ISO), or null when the product has no finished scan. */
  scannedAt: string | null;
}

/** The engine with the digest the services record results with (SHA-256). */
export function runAssessment(
  model: AssessmentModel,
  facts: AssessmentFacts,
  answers: Answers,
): AssessmentResult {
  return assess(model, facts, answers, { digest: sha256Digest });
}

/** The date an assessment made at `now` is made as of (UTC), as rules that measure time read it. */
export const asOfDate = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Assesses a catalogue product: facts from its record and the result of its latest finished scan (when
 * there is one), as of `now`, with the answers given.
 */
export async function assessProduct(
  db: Kysely<Database>,
  model: AssessmentModel,
  product: Product,
  answers: Answers,
  now: Date,
): Promise<ProductAssessment> {
  const scan = await findLatestScanResult(db, product.slug);
  const facts = assessmentFacts({ record: product, ...(scan ? { scan } : {}), asOf: asOfDate(now) });
  return { result: runAssessment(model, facts, answers), scannedAt: scan?.scannedAt ?? null };
}
