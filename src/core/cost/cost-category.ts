import { z } from 'zod';

/** The twelve cost categories of a total cost of ownership, in the order reports show them. */
export const costCategories = [
  'licences-and-subscriptions',
  'implementation-and-integration',
  'customisation-and-localisation',
  'data-migration',
  'hardware-and-infrastructure',
  'hosting-and-cloud',
  'training-and-capacity-building',
  'support-and-maintenance',
  'staff',
  'change-management',
  'exit-and-switching',
  'contingency',
] as const;

/** One of {@link costCategories}. */
export const CostCategory = z.enum(costCategories, {
  error: `category must be one of: ${costCategories.join(', ')}`,
});

/** One of {@link costCategories}. */
export type CostCategory = z.infer<typeof CostCategory>;
