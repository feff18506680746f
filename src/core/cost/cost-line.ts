import { z } from 'zod';
import { CostCategory } from './cost-category.ts';
import { CurrencyCode } from './currency.ts';

/** One role of a staff line: full-time equivalents × annual salary (in the line's currency). */
export const StaffRole = z.object({
  role: z.string().min(1).max(120),
  fte: z.number().finite().min(0, 'FTE must be 0 or more'),
  annualSalary: z.number().finite().min(0, 'annual salary must be 0 or more'),
});

/** One role of a staff line. */
export type StaffRole = z.infer<typeof StaffRole>;

/**
 * One cost of an option. Its yearly amount (`amount`, or the sum of `staff` roles' FTE × salary) is in
 * prices of year 0 and in `currency`; `range` gives the low and high values around it (the likely one).
 * A one-off line is spent in `startYear` only; a recurring one every year from `startYear` to `endYear`
 * (default: the last year), growing by `growth` a year in real terms.
 */
export const CostLine = z
  .object({
    label: z.string().min(1).max(200),
    category: CostCategory,
    kind: z.enum(['one-off', 'recurring'], { error: 'kind must be one-off or recurring' }),
    startYear: z.number().int().min(0, 'start year must be 0 or more').default(0),
    endYear: z.number().int().min(0, 'end year must be 0 or more').optional(),
    amount: z.number().finite().min(0, 'amount must be 0 or more').optional(),
    staff: z.array(StaffRole).min(1).max(50).optional(),
    growth: z.number().finite().gt(-1, 'growth must be more than -1 (-100%)').default(0),
    currency: CurrencyCode.optional(),
    spent: z.enum(['in-country', 'abroad'], { error: 'spent must be in-country or abroad' }),
    range: z
      .object({
        low: z.number().finite().min(0, 'low must be 0 or more'),
        high: z.number().finite().min(0, 'high must be 0 or more'),
      })
      .optional(),
  })
  .superRefine((line, ctx) => {
    if ((line.amount === undefined) === (line.staff === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'give either amount or staff, not both or neither',
      });
    }
    if (line.staff !== undefined && line.category !== 'staff') {
      ctx.addIssue({
        code: 'custom',
        path: ['staff'],
        message: 'staff roles belong to a line of category staff',
      });
    }
    if (line.endYear !== undefined && line.endYear < line.startYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'end year is before the start year' });
    }
    const likely = lineAmount(line);
    if (line.range && !(line.range.low <= likely && likely <= line.range.high)) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: `range must satisfy low ≤ likely (${likely}) ≤ high`,
      });
    }
  });

/** One cost of an option. */
export type CostLine = z.infer<typeof CostLine>;

/** The likely yearly amount of a line in year-0 prices: `amount`, or Σ FTE × salary of its staff roles. */
export function lineAmount(line: Pick<CostLine, 'amount' | 'staff'>): number {
  if (line.amount !== undefined) return line.amount;
  return (line.staff ?? []).reduce((sum, role) => sum + role.fte * role.annualSalary, 0);
}
