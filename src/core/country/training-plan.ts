import { z } from 'zod';
import type { AssessmentResult } from '../assessment/assessment-result.ts';

/** One training material (a course, a guide, a set of readings) and whom and what it trains. */
export const TrainingMaterial = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1),
  provider: z.string().min(1),
  /** Role (group) ids of the capacity-needs model. */
  audience: z.array(z.string()).min(1),
  /** Competency (indicator) ids of the capacity-needs model. */
  competencies: z.array(z.string()).min(1),
  licence: z.enum(['free', 'paid']),
  /** Where the training framework lists it. */
  section: z.string().min(1),
});
/** The parsed {@link TrainingMaterial}. */
export type TrainingMaterial = z.infer<typeof TrainingMaterial>;

/** The training materials data file: `{ materials: [...] }`. */
export const TrainingMaterials = z.strictObject({ materials: z.array(TrainingMaterial) });

/** A competency gap of one role and the materials that train it, free ones first. */
export interface TrainingNeed {
  role: string;
  competency: string;
  /** The level reached, or undefined when not assessed yet. */
  level: string | undefined;
  materials: TrainingMaterial[];
}

/**
 * The training plan of a capacity-needs result: every applicable competency below the working level
 * (score under 2/3) or not assessed yet, in model order, with the materials that train it.
 */
export function trainingPlan(
  result: AssessmentResult,
  materials: readonly TrainingMaterial[],
): TrainingNeed[] {
  return result.indicators
    .filter((indicator) => indicator.applicable && (indicator.score === undefined || indicator.score < 2 / 3))
    .map((indicator) => ({
      role: indicator.group,
      competency: indicator.id,
      level: indicator.score === undefined ? undefined : indicator.level,
      materials: materials
        .filter((material) => material.competencies.includes(indicator.id))
        .sort((a, b) => (a.licence === b.licence ? 0 : a.licence === 'free' ? -1 : 1)),
    }));
}
