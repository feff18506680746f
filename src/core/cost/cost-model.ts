import type { CostCategory } from './cost-category.ts';
import { breakEvenYear } from './break-even.ts';
import { equivalentAnnualCost } from './discounting.ts';
import { type FundingYear, fundingGap } from './funding-gap.ts';
import { optionFlows, sum } from './option-costs.ts';
import type { Scenario } from './scenario.ts';

/** One year of an option's cost, in the base currency. */
export interface YearCost {
  year: number;
  nominal: number;
  real: number;
  /** The real or nominal cost (per the discount basis) discounted to year 0. */
  discounted: number;
  inCountry: number;
  /** Nominal cost per category. */
  byCategory: Partial<Record<CostCategory, number>>;
}

/** What the model says about one option. */
export interface OptionResult {
  id: string;
  name: string;
  years: YearCost[];
  totalNominal: number;
  totalReal: number;
  /** Net present value of the costs (year 0 not discounted). */
  npv: number;
  /** Equivalent annual cost: the level yearly cost with the same NPV over the horizon. */
  annualisedCost: number;
  /** NPV per user (or site). */
  costPerUser: number;
  /** Annualised cost per user (or site). */
  annualCostPerUser: number;
  /** Share of the nominal total spent in the country, 0–1; `null` when the total is 0. */
  inCountryShare: number | null;
  /** For each other option's id: the break-even year of this option against it, or `null`. */
  breakEven: Record<string, number | null>;
  /** Funding against cost per year. */
  funding: FundingYear[];
}

/** What the model says about a scenario: one result per option, in the scenario's order. */
export interface ScenarioResult {
  currency: string;
  horizonYears: number;
  discountRate: number;
  discountBasis: 'real' | 'nominal';
  options: OptionResult[];
}

/** Computes every figure of every option of a (validated) scenario. Pure and deterministic. */
export function computeScenario(scenario: Scenario): ScenarioResult {
  const flows = scenario.options.map((option) => optionFlows(scenario, option));
  const options = scenario.options.map((option, o): OptionResult => {
    const flow = flows[o]!;
    const npv = sum(flow.discounted);
    const totalNominal = sum(flow.nominal);
    const annualisedCost = equivalentAnnualCost(npv, scenario.discountRate, scenario.horizonYears);
    const breakEven: Record<string, number | null> = {};
    scenario.options.forEach((other, b) => {
      if (b !== o) breakEven[other.id] = breakEvenYear(flow.discounted, flows[b]!.discounted);
    });
    return {
      id: option.id,
      name: option.name,
      years: flow.nominal.map((nominal, year) => ({
        year,
        nominal,
        real: flow.real[year]!,
        discounted: flow.discounted[year]!,
        inCountry: flow.inCountry[year]!,
        byCategory: Object.fromEntries(
          Object.entries(flow.byCategory).map(([category, costs]) => [category, costs[year]!]),
        ),
      })),
      totalNominal,
      totalReal: sum(flow.real),
      npv,
      annualisedCost,
      costPerUser: npv / scenario.users,
      annualCostPerUser: annualisedCost / scenario.users,
      inCountryShare: totalNominal === 0 ? null : sum(flow.inCountry) / totalNominal,
      breakEven,
      funding: fundingGap(scenario, option.id, flow.nominal),
    };
  });
  return {
    currency: scenario.baseCurrency,
    horizonYears: scenario.horizonYears,
    discountRate: scenario.discountRate,
    discountBasis: scenario.discountBasis,
    options,
  };
}
