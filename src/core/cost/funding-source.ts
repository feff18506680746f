import { z } from 'zod';
import { CurrencyCode } from './currency.ts';

/** Kinds of funding a government can mobilise for a DPG rollout (OSEE resource mobilisation module). */
export const fundingKinds = [
  'government-budget',
  'development-partner-grant',
  'development-partner-loan',
  'public-private-partnership',
  'innovation-fund',
  'bond',
  'philanthropy',
  'revenue',
  'in-kind',
] as const;

/** One of {@link fundingKinds}. */
export const FundingKind = z.enum(fundingKinds, {
  error: `kind must be one of: ${fundingKinds.join(', ')}`,
});

/** One of {@link fundingKinds}. */
export type FundingKind = z.infer<typeof FundingKind>;

/**
 * Money committed by one source: `amounts[y]` is the amount available in year `y` (year 0 first), in
 * nominal terms of `currency`. `option` restricts it to one option's id; without it, it funds any option.
 */
export const FundingSource = z.object({
  name: z.string().min(1).max(200),
  kind: FundingKind,
  option: z.string().min(1).max(40).optional(),
  currency: CurrencyCode.optional(),
  amounts: z.array(z.number().finite().min(0, 'funding amounts must be 0 or more')),
});

/** Money committed by one source, per year. */
export type FundingSource = z.infer<typeof FundingSource>;
