import { exchangeRate } from './line-cost.ts';
import type { Scenario } from './scenario.ts';

/**
 * The same scenario expressed in another base currency (one that has an exchange rate): every rate is
 * restated per unit of the new base, year by year, and lines and funding that were in the old base name
 * it explicitly. Inflation rates and the discount rate are kept as they are. Nominal figures of the result
 * are the old ones divided by the new currency's rate of the year.
 */
export function rebaseScenario(scenario: Scenario, currency: string): Scenario {
  if (currency === scenario.baseCurrency) return scenario;
  if (!(currency in scenario.exchangeRates)) throw new RangeError(`no exchange rate for ${currency}`);
  const years = Array.from({ length: scenario.horizonYears }, (_, year) => year);
  const per = (from: string) =>
    years.map((year) => exchangeRate(scenario, from, year) / exchangeRate(scenario, currency, year));
  const exchangeRates: Scenario['exchangeRates'] = { [scenario.baseCurrency]: per(scenario.baseCurrency) };
  for (const other of Object.keys(scenario.exchangeRates)) {
    if (other !== currency) exchangeRates[other] = per(other);
  }
  const old = scenario.baseCurrency;
  return {
    ...scenario,
    baseCurrency: currency,
    exchangeRates,
    options: scenario.options.map((option) => ({
      ...option,
      lines: option.lines.map((line) => ({ ...line, currency: line.currency ?? old })),
    })),
    funding: scenario.funding.map((source) => ({ ...source, currency: source.currency ?? old })),
  };
}
