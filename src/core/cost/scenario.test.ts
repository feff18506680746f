import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { parseScenario, type ScenarioInput } from './scenario.ts';
import { exampleAdoptVersusLicence } from './worked-examples.ts';

function withFirstLine(change: Record<string, unknown>): ScenarioInput {
  const [first, ...rest] = exampleAdoptVersusLicence.options;
  const [line, ...others] = first!.lines;
  return {
    ...exampleAdoptVersusLicence,
    options: [{ ...first!, lines: [{ ...line!, ...change }, ...others] }, ...rest],
  };
}

function rejects(input: unknown, path: string, words: RegExp) {
  assert.throws(
    () => parseScenario(input),
    (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'invalid_input');
      const issues = error.details?.issues as { path: string; message: string }[];
      const issue = issues.find((candidate) => candidate.path === path);
      assert.ok(issue, `no issue at ${path}: ${error.message}`);
      assert.match(issue.message, words);
      assert.ok(error.message.includes(path));
      return true;
    },
  );
}

test('fills defaults: 10 years, real discounting, no inflation, one user', () => {
  const scenario = parseScenario({
    baseCurrency: 'KES',
    discountRate: 0.06,
    options: [
      { id: 'a', name: 'A', lines: [] },
      { id: 'b', name: 'B', lines: [] },
    ],
  });
  assert.equal(scenario.horizonYears, 10);
  assert.equal(scenario.discountBasis, 'real');
  assert.deepEqual(scenario.inflation, { general: 0, byCategory: {}, byCurrency: {} });
  assert.equal(scenario.users, 1);
});

test('a negative FTE names the field', () => {
  rejects(
    withFirstLine({
      category: 'staff',
      amount: undefined,
      staff: [{ role: 'dev', fte: -0.5, annualSalary: 1 }],
    }),
    'options.0.lines.0.staff.0.fte',
    /FTE must be 0 or more/,
  );
});

test('an end year before the start year names the field', () => {
  rejects(
    withFirstLine({ kind: 'recurring', startYear: 2, endYear: 1 }),
    'options.0.lines.0.endYear',
    /before the start/,
  );
});

test('an end year past the horizon names the field', () => {
  rejects(withFirstLine({ endYear: 3 }), 'options.0.lines.0.endYear', /after the last year \(2\)/);
});

test('an unknown currency names the field, wherever it is', () => {
  rejects({ ...exampleAdoptVersusLicence, baseCurrency: 'XYZ' }, 'baseCurrency', /unknown currency/);
  rejects(withFirstLine({ currency: 'usd' }), 'options.0.lines.0.currency', /three-letter/);
  rejects(
    { ...exampleAdoptVersusLicence, exchangeRates: { ABC: 2 } },
    'exchangeRates.ABC',
    /unknown currency/,
  );
});

test('a currency without an exchange rate is refused', () => {
  rejects(withFirstLine({ currency: 'EUR' }), 'options.0.lines.0.currency', /no exchange rate for EUR/);
});

test('other mistakes: one option, an unknown category, both amount and staff, a range around nothing', () => {
  rejects(
    { ...exampleAdoptVersusLicence, options: exampleAdoptVersusLicence.options.slice(0, 1) },
    'options',
    /at least 2/,
  );
  rejects(withFirstLine({ category: 'marketing' }), 'options.0.lines.0.category', /category must be one of/);
  rejects(
    withFirstLine({ staff: [{ role: 'dev', fte: 1, annualSalary: 1 }] }),
    'options.0.lines.0.amount',
    /either/,
  );
  rejects(withFirstLine({ range: { low: 11_000, high: 12_000 } }), 'options.0.lines.0.range', /low ≤ likely/);
  rejects({ ...exampleAdoptVersusLicence, horizonYears: 21 }, 'horizonYears', /1 to 20/);
  rejects(
    { ...exampleAdoptVersusLicence, funding: [{ name: 'x', kind: 'lottery', amounts: [] }] },
    'funding.0.kind',
    /kind/,
  );
});
