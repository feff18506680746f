import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeScenario } from './cost-model.ts';
import { parseScenario } from './scenario.ts';
import { exampleAdoptVersusLicence, exampleCurrencyAndInflation } from './worked-examples.ts';

/** Equal within a relative 1e-12: the hand-computed fractions of docs/cost-model.md, to rounding. */
function near(actual: number, expected: number, what: string) {
  assert.ok(
    Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  );
}

test('worked example 1: adopt a DPG vs licence a proprietary system', () => {
  const [dpg, licence] = computeScenario(parseScenario(exampleAdoptVersusLicence)).options;
  assert.ok(dpg && licence);
  assert.deepEqual(
    dpg.years.map((year) => year.nominal),
    [16_000, 6_000, 6_000],
  );
  assert.deepEqual(
    licence.years.map((year) => year.nominal),
    [14_000, 12_000, 12_000],
  );
  assert.equal(dpg.totalNominal, 28_000);
  assert.equal(licence.totalNominal, 38_000);
  near(dpg.npv, 3_196_000 / 121, 'NPV of the DPG');
  near(licence.npv, 4_214_000 / 121, 'NPV of the licence');
  near(dpg.annualisedCost, 3_196_000 / 331, 'annualised cost of the DPG');
  near(licence.annualisedCost, 4_214_000 / 331, 'annualised cost of the licence');
  near(dpg.costPerUser, 31_960 / 121, 'NPV per user');
  near(dpg.annualCostPerUser, 31_960 / 331, 'annual cost per user');
  near(dpg.inCountryShare!, 25 / 28, 'in-country share of the DPG');
  assert.equal(licence.inCountryShare, 0);
  assert.deepEqual(dpg.breakEven, { licence: 1 });
  assert.deepEqual(licence.breakEven, { dpg: null });
  assert.deepEqual(
    dpg.funding.map((year) => year.gap),
    [1_000, 1_000, 1_000],
  );
  assert.deepEqual(dpg.funding[0]?.byKind, {
    'government-budget': 10_000,
    'development-partner-grant': 5_000,
  });
  assert.deepEqual(
    licence.funding.map((year) => year.gap),
    [4_000, 7_000, 7_000],
  );
  assert.deepEqual(dpg.years[0]?.byCategory, {
    'implementation-and-integration': 10_000,
    staff: 5_000,
    'hosting-and-cloud': 1_000,
  });
});

test('worked example 2: euros at a moving rate, category inflation, nominal discounting', () => {
  const [licence, team] = computeScenario(parseScenario(exampleCurrencyAndInflation)).options;
  assert.ok(licence && team);
  near(licence.years[0]!.nominal, 1_100, 'licence year 0');
  near(licence.years[1]!.nominal, 1_320, 'licence year 1');
  near(licence.years[1]!.real, 8_800 / 7, 'licence year 1 real');
  near(licence.totalReal, 16_500 / 7, 'licence real total');
  near(licence.npv, 20_900 / 9, 'licence NPV');
  near(licence.annualisedCost, 62_700 / 52, 'licence annualised');
  near(team.years[1]!.nominal, 6_615, 'team year 1');
  near(team.years[1]!.real, 6_300, 'team year 1 real');
  near(team.npv, 12_125, 'team NPV');
  near(team.annualisedCost, 327_375 / 52, 'team annualised');
  assert.equal(team.inCountryShare, 1);
  assert.deepEqual(licence.breakEven, { team: 0 });
  assert.deepEqual(team.breakEven, { licence: null });
});

test('a real rate and the matching nominal rate (Fisher) give the same NPV', () => {
  const real = parseScenario({ ...exampleCurrencyAndInflation, discountBasis: 'real', discountRate: 0.03 });
  const nominal = parseScenario({ ...real, discountBasis: 'nominal', discountRate: 1.03 * 1.05 - 1 });
  const a = computeScenario(real).options;
  const b = computeScenario(nominal).options;
  a.forEach((option, o) => near(option.npv, b[o]!.npv, option.id));
});
