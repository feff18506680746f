import type { CostLine } from './cost-line.ts';
import type { Scenario } from './scenario.ts';

/** Price of one unit of `currency` in the base currency in year `year` (the last given rate holds after). */
export function exchangeRate(scenario: Scenario, currency: string | undefined, year: number): number {
  if (currency === undefined || currency === scenario.baseCurrency) return 1;
  const rates = scenario.exchangeRates[currency];
  if (rates === undefined) throw new RangeError(`no exchange rate for ${currency}`);
  if (typeof rates === 'number') return rates;
  return rates[Math.min(year, rates.length - 1)] as number;
}

/** Yearly price inflation of a line: by its category, else by its currency, else the general rate. */
export function lineInflation(scenario: Scenario, line: CostLine): number {
  const { byCategory, byCurrency, general } = scenario.inflation;
  return byCategory[line.category] ?? byCurrency[line.currency ?? scenario.baseCurrency] ?? general;
}

/** True when the line is spent in `year`. */
export function isActive(scenario: Scenario, line: CostLine, year: number): boolean {
  if (line.kind === 'one-off') return year === line.startYear;
  return year >= line.startYear && year <= (line.endYear ?? scenario.horizonYears - 1);
}

/**
 * Nominal cost of a line in each year, in the base currency:
 * amount × (1 + growth)^(year − start) × (1 + inflation)^year × exchange rate of the year.
 */
export function lineCostByYear(scenario: Scenario, line: CostLine, amount: number): number[] {
  const inflation = lineInflation(scenario, line);
  return Array.from({ length: scenario.horizonYears }, (_, year) =>
    isActive(scenario, line, year)
      ? amount *
        (1 + line.growth) ** (year - line.startYear) *
        (1 + inflation) ** year *
        exchangeRate(scenario, line.currency, year)
      : 0,
  );
}
