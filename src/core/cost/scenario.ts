import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { CostCategory } from './cost-category.ts';
import { CostLine } from './cost-line.ts';
import { CurrencyCode, isCurrencyCode } from './currency.ts';
import { FundingSource } from './funding-source.ts';

const rate = z.number().finite().gt(0, 'exchange rate must be more than 0');
const inflationRate = z.number().finite().gt(-1, 'inflation must be more than -1 (-100%)');

/** One alternative of a scenario ("adopt DPG X with a local integrator", "licence product Y"). */
export const CostOption = z.object({
  id: z.string().min(1).max(40),
  name: z.string().min(1).max(200),
  lines: z.array(CostLine).max(200, 'at most 200 lines per option'),
});

/** One alternative of a scenario. */
export type CostOption = z.infer<typeof CostOption>;

/**
 * A comparison of two or more options over `horizonYears` years (year 0 first, not discounted).
 * `exchangeRates[C]` is the price of one unit of currency C in the base currency, one value for every
 * year or one per year (the last one holds for later years). Amounts are in year-0 prices; a line's price
 * inflation is `inflation.byCategory[category]`, else `inflation.byCurrency[currency]`, else
 * `inflation.general`, which also turns nominal into real figures. `discountRate` is real or nominal as
 * `discountBasis` says, and discounts the real or the nominal cash flows to match.
 */
export const Scenario = z
  .object({
    name: z.string().min(1).max(200).default('Scenario'),
    horizonYears: z
      .number()
      .int('horizon must be a whole number of years')
      .min(1, 'horizon must be 1 to 20 years')
      .max(20, 'horizon must be 1 to 20 years')
      .default(10),
    baseCurrency: CurrencyCode,
    exchangeRates: z.record(z.string(), z.union([rate, z.array(rate).min(1)])).default({}),
    inflation: z
      .object({
        general: inflationRate.default(0),
        byCategory: z.partialRecord(CostCategory, inflationRate).default({}),
        byCurrency: z.record(z.string(), inflationRate).default({}),
      })
      .default({ general: 0, byCategory: {}, byCurrency: {} }),
    discountRate: z
      .number()
      .finite()
      .min(0, 'discount rate must be 0 or more')
      .max(1, 'discount rate must be at most 1'),
    discountBasis: z
      .enum(['real', 'nominal'], { error: 'discountBasis must be real or nominal' })
      .default('real'),
    users: z.number().finite().gt(0, 'users must be more than 0').default(1),
    options: z
      .array(CostOption)
      .min(2, 'a scenario compares at least 2 options')
      .max(10, 'a scenario compares at most 10 options'),
    funding: z.array(FundingSource).max(50, 'at most 50 funding sources').default([]),
  })
  .superRefine((scenario, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const priced = (currency: string | undefined) =>
      currency === undefined || currency === scenario.baseCurrency || currency in scenario.exchangeRates;
    for (const key of Object.keys(scenario.exchangeRates)) {
      if (!isCurrencyCode(key)) issue(['exchangeRates', key], `unknown currency ${key}`);
    }
    for (const key of Object.keys(scenario.inflation.byCurrency)) {
      if (!isCurrencyCode(key)) issue(['inflation', 'byCurrency', key], `unknown currency ${key}`);
    }
    const last = scenario.horizonYears - 1;
    const ids = new Set<string>();
    scenario.options.forEach((option, o) => {
      if (ids.has(option.id)) issue(['options', o, 'id'], `option id ${option.id} is used twice`);
      ids.add(option.id);
      option.lines.forEach((line, l) => {
        const path = ['options', o, 'lines', l];
        if (line.startYear > last)
          issue([...path, 'startYear'], `start year is after the last year (${last})`);
        if (line.endYear !== undefined && line.endYear > last) {
          issue([...path, 'endYear'], `end year is after the last year (${last})`);
        }
        if (!priced(line.currency)) issue([...path, 'currency'], `no exchange rate for ${line.currency}`);
      });
    });
    scenario.funding.forEach((source, f) => {
      if (source.option !== undefined && !ids.has(source.option)) {
        issue(['funding', f, 'option'], `no option with id ${source.option}`);
      }
      if (!priced(source.currency))
        issue(['funding', f, 'currency'], `no exchange rate for ${source.currency}`);
      if (source.amounts.length > scenario.horizonYears) {
        issue(['funding', f, 'amounts'], `more amounts than years (${scenario.horizonYears})`);
      }
    });
  });

/** A validated scenario, defaults filled in. */
export type Scenario = z.infer<typeof Scenario>;

/** What a scenario file may hold before defaults are filled in. */
export type ScenarioInput = z.input<typeof Scenario>;

/**
 * Validates a scenario (from a file, a form or the API). Throws a `DomainError('invalid_input')` whose
 * message names every bad field ("options.0.lines.2.staff.0.fte: FTE must be 0 or more") and whose
 * details hold the same `issues` as `{ path, message }`.
 */
export function parseScenario(input: unknown): Scenario {
  const result = Scenario.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const message = issues.map((issue) => `${issue.path || '(scenario)'}: ${issue.message}`).join('; ');
  throw new DomainError('invalid_input', `invalid scenario: ${message}`, { issues });
}
