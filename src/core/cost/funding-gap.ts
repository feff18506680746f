import type { FundingKind } from './funding-source.ts';
import { exchangeRate } from './line-cost.ts';
import type { Scenario } from './scenario.ts';

/** One year of an option's funding plan, nominal, in the base currency. */
export interface FundingYear {
  year: number;
  cost: number;
  funded: number;
  /** cost − funded: positive is money still to find, negative a surplus. */
  gap: number;
  /** Funding of the year by kind of source (only kinds present). */
  byKind: Partial<Record<FundingKind, number>>;
}

/**
 * Funding against cost per year for one option: the sources that name the option or no option, each
 * converted at the year's exchange rate, subtracted from the option's nominal yearly cost.
 */
export function fundingGap(
  scenario: Scenario,
  optionId: string,
  nominalCost: readonly number[],
): FundingYear[] {
  const sources = scenario.funding.filter(
    (source) => source.option === undefined || source.option === optionId,
  );
  return nominalCost.map((cost, year) => {
    const byKind: Partial<Record<FundingKind, number>> = {};
    let funded = 0;
    for (const source of sources) {
      const amount = (source.amounts[year] ?? 0) * exchangeRate(scenario, source.currency, year);
      if (amount === 0) continue;
      byKind[source.kind] = (byKind[source.kind] ?? 0) + amount;
      funded += amount;
    }
    return { year, cost, funded, gap: cost - funded, byKind };
  });
}
