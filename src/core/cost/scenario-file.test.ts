import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../errors.ts';
import { arbitraryScenario } from './arbitrary-scenario.test-support.ts';
import { maxScenarioBytes, readScenarioText, writeScenarioYaml } from './scenario-file.ts';
import { parseScenario } from './scenario.ts';
import { exampleAdoptVersusLicence, exampleCurrencyAndInflation } from './worked-examples.ts';

/** The DomainError that reading `text` throws. */
function refusal(text: string, format?: 'yaml' | 'json'): DomainError {
  try {
    readScenarioText(text, format);
  } catch (error) {
    assert.ok(error instanceof DomainError, String(error));
    assert.equal(error.code, 'invalid_input');
    return error;
  }
  assert.fail('the text was accepted');
}

/** A copy without the keys whose value is undefined (YAML has no undefined: the key is left out). */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutUndefined(item)])) as T;
}

const exampleYaml = `# Worked example 1 of docs/cost-model.md
name: Adopt a DPG vs licence a proprietary system
horizonYears: 3
baseCurrency: USD
discountRate: 0.1
users: 100
options:
  - id: dpg
    name: Adopt the DPG
    lines:
      - { label: Integration, category: implementation-and-integration, kind: one-off, amount: 10000, spent: in-country }
      - label: Support team
        category: staff
        kind: recurring
        staff: [{ role: developer, fte: 1, annualSalary: 5000 }]
        spent: in-country
  - id: licence
    name: Licence a product
    lines:
      - { label: Subscription, category: licences-and-subscriptions, kind: recurring, amount: 12000, spent: abroad }
`;

test('reads YAML and JSON, guessing the format from the first character', () => {
  const fromYaml = readScenarioText(exampleYaml);
  assert.equal(fromYaml.options[0]!.lines[1]!.staff![0]!.annualSalary, 5_000);
  assert.equal(fromYaml.discountBasis, 'real', 'defaults are filled in');
  const json = JSON.stringify(exampleAdoptVersusLicence, null, 2);
  assert.deepEqual(readScenarioText(`\n  ${json}`), parseScenario(exampleAdoptVersusLicence));
  assert.deepEqual(readScenarioText(json, 'yaml'), parseScenario(exampleAdoptVersusLicence));
  assert.deepEqual(readScenarioText(`\uFEFF${json}`, 'json'), parseScenario(exampleAdoptVersusLicence));
});

test('a YAML syntax error names its line and column', () => {
  const error = refusal('name: x\noptions: [1, 2\nusers: 3\n');
  assert.match(error.message, /^YAML syntax error at line 3, column 1: /);
  assert.deepEqual(error.details, { line: 3, column: 1 });
  assert.match(refusal('a: 1\na: 2\n').message, /line 2, column 1: Map keys must be unique/);
  assert.match(refusal('a: 1\n---\nb: 2\n').message, /line 2.*one YAML document/);
});

test('a JSON syntax error names its line and column, even where JSON.parse does not', () => {
  const error = refusal('{\n  "name": "x",\n  "users": oops\n}');
  assert.match(error.message, /^JSON syntax error at line 3, column 12: expected a value/);
  assert.deepEqual(error.details, { line: 3, column: 12 });
  assert.match(refusal('{\n  "a": [1, 2,]\n}').message, /line 2, column 14: expected a value/);
  assert.match(refusal('{"a": 1,}').message, /line 1, column 9: expected a property name/);
  assert.match(refusal('{"a": 1').message, /line 1, column 8: expected ',' or '}'/);
  assert.match(refusal('{"a": 1} x').message, /line 1, column 10: unexpected text after/);
  assert.match(refusal('name: x', 'json').message, /^JSON syntax error at line 1, column 1/);
});

test('an empty file, or one of comments only, says so', () => {
  assert.match(refusal('').message, /empty/);
  assert.match(refusal(' \n\t\n').message, /empty/);
  assert.match(refusal('# nothing yet\n').message, /holds no scenario/);
});

test('a schema error keeps the message that names each field', () => {
  const text = exampleYaml.replace('fte: 1', 'fte: -1').replace('users: 100', 'users: 0');
  const error = refusal(text);
  assert.match(error.message, /options\.0\.lines\.1\.staff\.0\.fte: FTE must be 0 or more/);
  const issues = error.details?.issues as { path: string }[];
  assert.deepEqual(issues.map((issue) => issue.path).sort(), ['options.0.lines.1.staff.0.fte', 'users']);
});

test('refuses an alias bomb and a file larger than 1 MB', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const name of 'bcdefgh') {
    const previous = levels.length === 1 ? 'a' : String.fromCharCode(name.charCodeAt(0) - 1);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  assert.match(refusal(levels.join('\n')).message, /alias bomb/);
  const large = `${exampleYaml}\n${'#'.repeat(maxScenarioBytes)}\n`;
  assert.match(refusal(large).message, /too large \(1\.0 MB; at most 1 MB\)/);
  const accents = `name: ${'é'.repeat(maxScenarioBytes / 2)}`;
  assert.match(refusal(accents).message, /too large/, 'the limit counts UTF-8 bytes, not characters');
});

test('a few aliases are fine', () => {
  const text = exampleYaml
    .replace('spent: in-country }', 'spent: &local in-country }')
    .replace('spent: in-country\n', 'spent: *local\n');
  assert.equal(readScenarioText(text).options[0]!.lines[1]!.spent, 'in-country');
});

test('the written YAML reads back to the same scenario, numbers in flow lists', () => {
  for (const example of [exampleAdoptVersusLicence, exampleCurrencyAndInflation]) {
    const scenario = parseScenario(example);
    const yaml = writeScenarioYaml(scenario);
    assert.deepEqual(readScenarioText(yaml), scenario);
    assert.deepEqual(readScenarioText(writeScenarioYaml(example)), scenario, 'an input is written as given');
  }
  const yaml = writeScenarioYaml(exampleAdoptVersusLicence);
  assert.match(
    yaml,
    /^ {2}- name: Ministry budget\n {4}kind: government-budget\n {4}amounts: \[10000, 5000, 5000\]$/m,
  );
  assert.doesNotMatch(yaml, /[&*]a\d/, 'no anchors or aliases');
});

test('property: any valid scenario, with any names, survives write then read', () => {
  const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
  fc.assert(
    fc.property(arbitraryScenario(), text, text, (scenario, name, label) => {
      const named = {
        ...scenario,
        name,
        options: scenario.options.map((option) => ({
          ...option,
          name: label,
          lines: option.lines.map((line) => ({ ...line, label })),
        })),
      };
      assert.deepEqual(readScenarioText(writeScenarioYaml(named)), withoutUndefined(named));
    }),
    { numRuns: 200 },
  );
});
