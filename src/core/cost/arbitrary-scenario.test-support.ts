import fc from 'fast-check';
import { costCategories } from './cost-category.ts';
import type { CostLine } from './cost-line.ts';
import { fundingKinds } from './funding-source.ts';
import { Scenario } from './scenario.ts';

const money = fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100);
const rate = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A fast-check generator of cost lines within a horizon, for property tests. */
function arbitraryLine(horizon: number): fc.Arbitrary<CostLine> {
  return fc
    .record({
      label: fc.constantFrom('a', 'b', 'c'),
      category: fc.constantFrom(...costCategories),
      kind: fc.constantFrom('one-off' as const, 'recurring' as const),
      years: fc.tuple(fc.nat(horizon - 1), fc.nat(horizon - 1)),
      amount: money,
      fte: fc.option(
        fc.integer({ min: 0, max: 50 }).map((tenths) => tenths / 10),
        { nil: undefined },
      ),
      growth: rate(-0.5, 0.5),
      currency: fc.constantFrom(undefined, 'USD', 'EUR', 'XOF'),
      spent: fc.constantFrom('in-country' as const, 'abroad' as const),
      spread: fc.option(fc.tuple(rate(0, 1), rate(0, 1)), { nil: undefined }),
    })
    .map(({ years, fte, spread, category, amount, ...rest }): CostLine => {
      const likely = fte === undefined ? amount : fte * amount;
      return {
        ...rest,
        category: fte === undefined ? category : 'staff',
        startYear: Math.min(...years),
        endYear: Math.max(...years),
        ...(fte === undefined ? { amount } : { staff: [{ role: 'r', fte, annualSalary: amount }] }),
        ...(spread ? { range: { low: likely * (1 - spread[0]), high: likely * (1 + spread[1]) } } : {}),
      };
    });
}

/** A fast-check generator of valid scenarios in USD with lines in USD, EUR and XOF, for property tests. */
export function arbitraryScenario(): fc.Arbitrary<Scenario> {
  return fc.integer({ min: 1, max: 20 }).chain((horizon) =>
    fc
      .record({
        horizonYears: fc.constant(horizon),
        baseCurrency: fc.constant('USD'),
        exchangeRates: fc.record({
          EUR: fc.array(rate(0.5, 2), { minLength: 1, maxLength: horizon }),
          XOF: rate(0.001, 0.01),
        }),
        inflation: fc.record({
          general: rate(-0.2, 0.5),
          byCategory: fc.dictionary(fc.constantFrom(...costCategories), rate(-0.2, 0.5), { maxKeys: 3 }),
          byCurrency: fc.dictionary(fc.constantFrom('EUR', 'XOF'), rate(-0.2, 0.5), { maxKeys: 2 }),
        }),
        discountRate: rate(0, 0.3),
        discountBasis: fc.constantFrom('real' as const, 'nominal' as const),
        users: fc.integer({ min: 1, max: 1e6 }),
        options: fc.array(
          fc.record({
            name: fc.constant('option'),
            lines: fc.array(arbitraryLine(horizon), { maxLength: 6 }),
          }),
          { minLength: 2, maxLength: 3 },
        ),
        funding: fc.array(
          fc.record({
            name: fc.constant('source'),
            kind: fc.constantFrom(...fundingKinds),
            currency: fc.constantFrom(undefined, 'EUR'),
            amounts: fc.array(money, { maxLength: horizon }),
          }),
          { maxLength: 3 },
        ),
      })
      .map((input) =>
        Scenario.parse({ ...input, options: input.options.map((option, o) => ({ ...option, id: `o${o}` })) }),
      ),
  );
}
