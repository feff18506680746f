import type { CostCategory } from './cost-category.ts';
import { type CostLine, lineAmount } from './cost-line.ts';
import { discountFactor } from './discounting.ts';
import { lineCostByYear } from './line-cost.ts';
import type { CostOption, Scenario } from './scenario.ts';

/** The yearly amount to use for a line (by default its likely amount); Monte Carlo and sensitivity vary it. */
export type AmountOf = (line: CostLine, lineIndex: number) => number;

/** An option's cost flows per year, in the base currency. */
export interface OptionFlows {
  /** Nominal (current prices) cost per year. */
  nominal: number[];
  /** Real cost per year (year-0 prices): nominal deflated by general inflation. */
  real: number[];
  /** The flow the discount rate applies to (real or nominal, per the scenario), discounted to year 0. */
  discounted: number[];
  /** Nominal cost spent in the country per year. */
  inCountry: number[];
  /** Nominal cost per category per year (only categories the option uses). */
  byCategory: Partial<Record<CostCategory, number[]>>;
}

/** Sums an option's lines into yearly flows. */
export function optionFlows(
  scenario: Scenario,
  option: CostOption,
  amountOf: AmountOf = lineAmount,
): OptionFlows {
  const years = scenario.horizonYears;
  const nominal = new Array<number>(years).fill(0);
  const inCountry = new Array<number>(years).fill(0);
  const byCategory: Partial<Record<CostCategory, number[]>> = {};
  option.lines.forEach((line, index) => {
    const costs = lineCostByYear(scenario, line, amountOf(line, index));
    const category = (byCategory[line.category] ??= new Array<number>(years).fill(0));
    costs.forEach((cost, year) => {
      nominal[year]! += cost;
      category[year]! += cost;
      if (line.spent === 'in-country') inCountry[year]! += cost;
    });
  });
  const real = nominal.map((cost, year) => cost * discountFactor(scenario.inflation.general, year));
  const basis = scenario.discountBasis === 'real' ? real : nominal;
  const discounted = basis.map((cost, year) => cost * discountFactor(scenario.discountRate, year));
  return { nominal, real, discounted, inCountry, byCategory };
}

/** Net present value of an option: the sum of its discounted yearly costs. */
export function optionNpv(scenario: Scenario, option: CostOption, amountOf: AmountOf = lineAmount): number {
  return sum(optionFlows(scenario, option, amountOf).discounted);
}

/** Sum of numbers. */
export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
