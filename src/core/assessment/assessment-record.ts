import type { Visibility } from '../access/role.ts';
import type { Answers } from './answers.ts';
import type { AssessmentResult } from './assessment-result.ts';

/** Where a saved assessment stands: answers still being gathered, or declared finished. */
export const assessmentStatuses = ['draft', 'complete'] as const;

/** One of {@link assessmentStatuses}. */
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/**
 * A saved assessment: one product or one country judged by one model version, with the answers given so far and the
 * result last computed from them and the facts of that moment. The revision grows by one at every save.
 */
export interface AssessmentRecord {
  id: string;
  organisationId: string;
  visibility: Visibility;
  publishedAt: string | null;
  model: { id: string; version: number };
  /** The catalogue product assessed (null for an assessment of something outside the catalogue). */
  productSlug: string | null;
  /** The country assessed (ISO alpha-2), null for a product assessment. */
  countryCode: string | null;
  /** The sector a country was assessed for (its modifiers apply), or null. */
  sector: string | null;
  title: string;
  answers: Answers;
  result: AssessmentResult;
  /** When the repository scan the result rests on was made; null when no scan was used. */
  scannedAt: string | null;
  status: AssessmentStatus;
  revision: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
