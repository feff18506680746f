import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { arbitraryScenario } from '../../../core/cost/arbitrary-scenario.test-support.ts';
import { parseScenario } from '../../../core/cost/scenario.ts';
import { exampleAdoptVersusLicence } from '../../../core/cost/worked-examples.ts';
import { translator } from '../../../i18n/translate.ts';
import { formShape, formValuesOf, readForm } from './cost-form.ts';

const t = translator('en');

/** Deep equality where numbers may differ in their 10th significant digit (the form shows 12). */
function assertClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(1, Math.abs(expected));
    assert.ok(Math.abs(actual - expected) <= 1e-9 * scale, `${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (expected && typeof expected === 'object') {
    assert.equal(typeof actual, 'object', path);
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual as object)]);
    for (const key of keys)
      assertClose(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    return;
  }
  assert.equal(actual, expected, path);
}

test('a scenario shown in the form and submitted unchanged comes back the same, for any scenario', () => {
  fc.assert(
    fc.property(arbitraryScenario(), (scenario) => {
      const read = readForm(formValuesOf({ country: 'KE', products: ['dhis2'], scenario }), t);
      assert.deepEqual(read.errors, {});
      assert.equal(read.draft.country, 'KE');
      assert.deepEqual(read.draft.products, ['dhis2']);
      // A list of one rate and the rate itself mean the same; the form shows both as one number.
      const rates = Object.entries(scenario.exchangeRates).map(([code, rate]) => [
        code,
        Array.isArray(rate) && rate.length === 1 ? rate[0] : rate,
      ]);
      assertClose(parseScenario(read.draft.scenario), {
        ...scenario,
        exchangeRates: Object.fromEntries(rates),
      });
    }),
    { numRuns: 200 },
  );
});

test('blank rows are skipped, ticked rows removed, and a named blank option added', () => {
  const scenario = parseScenario(exampleAdoptVersusLicence);
  const values = formValuesOf({ country: 'KE', products: [], scenario });
  const shape = formShape(values);
  Object.assign(values, {
    'o0.l5.label': '',
    'o0.l5.kind': 'recurring',
    'o0.l5.category': 'staff',
    'o0.l5.spent': 'in-country',
    'o0.l0.remove': '1',
    'o2.name': 'Build it',
    'o2.l0.label': 'Developers',
    'o2.l0.category': 'staff',
    'o2.l0.kind': 'recurring',
    'o2.l0.spent': 'in-country',
    'o2.l0.staff': 'Developer | 2 | 18,000\nTester | 0,5 | 12 000',
  });
  const read = readForm(values, t);
  assert.deepEqual(read.errors, {});
  const parsed = parseScenario(read.draft.scenario);
  assert.equal(parsed.options[0]!.lines.length, shape.lines[0]! - 1);
  assert.equal(parsed.options[2]!.name, 'Build it');
  assert.deepEqual(parsed.options[2]!.lines[0]!.staff, [
    { role: 'Developer', fte: 2, annualSalary: 18_000 },
    { role: 'Tester', fte: 0.5, annualSalary: 12_000 },
  ]);
  assert.equal(read.fieldOf('scenario.options.2.lines.0.staff.1.fte'), 'o2.l0.staff');
  assert.equal(read.fieldOf('scenario.options.0.lines.0.endYear'), 'o0.l1.endYear');
});

test('text that is not a number is reported on its field, as typed', () => {
  const scenario = parseScenario(exampleAdoptVersusLicence);
  const values = formValuesOf({ country: 'KE', products: [], scenario });
  values['o1.l1.amount'] = 'twelve';
  values.exchangeRates = 'EUR = lots';
  values['o0.l2.staff'] = 'Developer | two | 100';
  const read = readForm(values, t);
  assert.deepEqual(Object.keys(read.errors).sort(), ['exchangeRates', 'o0.l2.staff', 'o1.l1.amount']);
});
