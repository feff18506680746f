import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { arbitraryScenario } from './arbitrary-scenario.test-support.ts';
import { type OptionResult, computeScenario } from './cost-model.ts';
import type { CostLine } from './cost-line.ts';
import { rebaseScenario } from './rebase-scenario.ts';
import type { Scenario } from './scenario.ts';

function close(actual: number, expected: number, what: string, tolerance = 1e-9) {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= tolerance * scale, `${what}: ${actual} ≠ ${expected}`);
}

function scaleLines(scenario: Scenario, factor: number): Scenario {
  const scale = (line: CostLine): CostLine => ({
    ...line,
    ...(line.amount !== undefined ? { amount: line.amount * factor } : {}),
    ...(line.staff
      ? { staff: line.staff.map((role) => ({ ...role, annualSalary: role.annualSalary * factor })) }
      : {}),
    ...(line.range ? { range: { low: line.range.low * factor, high: line.range.high * factor } } : {}),
  });
  return {
    ...scenario,
    options: scenario.options.map((option) => ({ ...option, lines: option.lines.map(scale) })),
  };
}

const totals = (option: OptionResult) => [
  option.totalNominal,
  option.totalReal,
  option.npv,
  option.annualisedCost,
];

test('with a zero discount rate the NPV is the plain sum of the flows it discounts', () => {
  fc.assert(
    fc.property(arbitraryScenario(), (generated) => {
      const scenario = { ...generated, discountRate: 0 };
      for (const option of computeScenario(scenario).options) {
        const plain = scenario.discountBasis === 'real' ? option.totalReal : option.totalNominal;
        close(option.npv, plain, 'NPV at 0%');
        close(option.annualisedCost * scenario.horizonYears, plain, 'annualised × years');
      }
    }),
  );
});

test('a one-off cost in year 0 in the base currency adds exactly its amount to the NPV', () => {
  fc.assert(
    fc.property(arbitraryScenario(), fc.double({ min: 0, max: 1e6, noNaN: true }), (scenario, amount) => {
      const extra: CostLine = {
        label: 'one-off',
        category: 'data-migration',
        kind: 'one-off',
        startYear: 0,
        amount,
        growth: 0.3,
        spent: 'in-country',
      };
      const lone = {
        ...scenario,
        options: scenario.options.map((option) => ({ ...option, lines: [extra] })),
      };
      for (const option of computeScenario(lone).options) {
        assert.equal(option.npv, amount);
        assert.equal(option.years[0]?.real, amount);
      }
      const before = computeScenario(scenario).options;
      const withExtra = {
        ...scenario,
        options: scenario.options.map((o) => ({ ...o, lines: [...o.lines, extra] })),
      };
      computeScenario(withExtra).options.forEach((option, o) =>
        close(option.npv, before[o]!.npv + amount, 'NPV'),
      );
    }),
  );
});

test('doubling every line doubles every total, year and funding cost', () => {
  fc.assert(
    fc.property(arbitraryScenario(), (scenario) => {
      const single = computeScenario(scenario).options;
      const double = computeScenario(scaleLines(scenario, 2)).options;
      double.forEach((option, o) => {
        const base = single[o]!;
        assert.deepEqual(
          totals(option),
          totals(base).map((value) => value * 2),
        );
        assert.deepEqual(
          option.years.map((year) => year.nominal),
          base.years.map((year) => year.nominal * 2),
        );
        assert.equal(option.inCountryShare, base.inCountryShare);
        assert.deepEqual(option.breakEven, base.breakEven);
      });
    }),
  );
});

test('rebasing to another currency and back returns the same totals', () => {
  fc.assert(
    fc.property(arbitraryScenario(), fc.constantFrom('EUR', 'XOF'), (scenario, currency) => {
      const original = computeScenario(scenario).options;
      const rebased = rebaseScenario(scenario, currency);
      const there = computeScenario(rebased).options;
      const back = computeScenario(rebaseScenario(rebased, 'USD')).options;
      original.forEach((option, o) => {
        totals(option).forEach((value, t) => close(totals(back[o]!)[t]!, value, `total ${t} back`));
        option.years.forEach((year) => {
          const rate = [scenario.exchangeRates[currency]].flat();
          const inCurrency =
            there[o]!.years[year.year]!.nominal * rate[Math.min(year.year, rate.length - 1)]!;
          close(inCurrency, year.nominal, `year ${year.year} in ${currency}`);
        });
      });
    }),
  );
});
