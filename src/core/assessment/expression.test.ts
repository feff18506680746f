import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileExpression, expressionProblem } from './expression.ts';
import { licenceIds } from './expression-transforms.ts';

const evaluate = (text: string, context: Record<string, unknown> = {}) =>
  compileExpression(text).evaluate(context);

test('comparisons with an unknown value are unknown, not false', () => {
  assert.equal(evaluate('missing == 1'), undefined);
  assert.equal(evaluate('missing != 1'), undefined);
  assert.equal(evaluate('missing < 3'), undefined);
  assert.equal(evaluate("'a' in missing"), undefined);
  assert.equal(evaluate('!(missing == 1)'), undefined);
  assert.equal(evaluate('missing + 1'), undefined);
});

test('and / or follow three-valued logic', () => {
  assert.equal(evaluate('missing == 1 && false'), false);
  assert.equal(evaluate('missing == 1 && true'), undefined);
  assert.equal(evaluate('missing == 1 || true'), true);
  assert.equal(evaluate('missing == 1 || false'), undefined);
  assert.equal(evaluate('1 == 1 && 2 > 1'), true);
});

test('scan facts: found, value, items and count tell not found from inconclusive', () => {
  const scan = {
    a: { state: 'found', value: [1, 2], evidence: [] },
    b: { state: 'not_found', evidence: [] },
    c: { state: 'inconclusive', evidence: [] },
  };
  assert.equal(evaluate('scan.a|found', { scan }), true);
  assert.equal(evaluate('scan.b|found', { scan }), false);
  assert.equal(evaluate('scan.c|found', { scan }), undefined);
  assert.equal(evaluate('scan.d|found', { scan }), undefined);
  assert.deepEqual(evaluate('scan.b|items', { scan }), []);
  assert.equal(evaluate('scan.a|count', { scan }), 2);
  assert.equal(evaluate('scan.b|count', { scan }), 0);
  assert.equal(evaluate('scan.c|count', { scan }), undefined);
  assert.equal(evaluate('scan.b|value', { scan }), undefined);
});

test('a filter with its relative path inside parentheses or after ! filters item by item', () => {
  const context = { list: [{ id: 'a' }, { id: 'b' }], keep: ['a'] };
  assert.deepEqual(evaluate("list[!(.id in keep)]|pluck('id')", context), ['b']);
  assert.deepEqual(evaluate("list[(.id == 'a') == true]|pluck('id')", context), ['a']);
});

test('list transforms work as sets', () => {
  assert.deepEqual(evaluate("['a', 'b', 'b']|without(['a'])"), ['b']);
  assert.deepEqual(evaluate("['a', 'b']|intersect(['b', 'c'])"), ['b']);
  assert.deepEqual(evaluate("['a']|union(['b'])"), ['a', 'b']);
  assert.deepEqual(evaluate("[]|orIfEmpty(['x'])"), ['x']);
  assert.deepEqual(evaluate("['y']|orIfEmpty(['x'])"), ['y']);
  assert.equal(evaluate('missing|without([])'), undefined);
});

test('dates: days between two ISO dates, unknown when one is missing', () => {
  assert.equal(evaluate("'2025-01-01'|daysBetween('2026-01-01')"), 365);
  assert.equal(evaluate("'2025-01-01'|daysBetween(asOf)"), undefined);
});

test('isUrl accepts http(s) addresses with a host only', () => {
  assert.equal(evaluate("'https://github.com/x/y'|isUrl"), true);
  assert.equal(evaluate("'github.com/x/y'|isUrl"), false);
  assert.equal(evaluate("'N/A'|isUrl"), false);
  assert.equal(evaluate('missing|isUrl'), false);
});

test('licence ids: SPDX expressions, case, -only / -or-later and scan facts', () => {
  assert.deepEqual(licenceIds('MIT OR Apache-2.0'), ['MIT', 'Apache-2.0']);
  assert.deepEqual(licenceIds('GPL-3.0-or-later AND mit'), ['GPL-3.0', 'MIT']);
  assert.deepEqual(licenceIds('GPL-2.0+'), ['GPL-2.0']);
  assert.deepEqual(licenceIds([{ spdx: 'AGPL-3.0-only' }, { spdx: 'CC-BY-4.0' }]), ['AGPL-3.0', 'CC-BY-4.0']);
  assert.deepEqual(licenceIds({ state: 'not_found', evidence: [] }), []);
  assert.equal(licenceIds({ state: 'inconclusive', evidence: [] }), undefined);
  assert.deepEqual(licenceIds('NOASSERTION'), []);
  assert.deepEqual(licenceIds('Custom-Licence'), ['Custom-Licence']);
});

test('reads lists the context paths an expression reads, not constants', () => {
  const compiled = compileExpression(
    "scan.hygiene.readme|found && record.licences|length > constants.minimum && answers['x'] == true",
  );
  assert.deepEqual([...compiled.reads].sort(), ['answers.x', 'record.licences', 'scan.hygiene.readme']);
});

test('expressions cannot reach JavaScript: no functions, no prototypes, no unknown transforms', () => {
  assert.match(expressionProblem('record.constructor') ?? '', /./);
  assert.match(expressionProblem("record['__proto__']") ?? '', /not allowed/);
  assert.match(expressionProblem('process()') ?? '', /only transforms/);
  assert.match(expressionProblem('x|eval') ?? '', /unknown transform "eval"/);
  assert.match(expressionProblem('1 +') ?? '', /./);
  assert.equal(expressionProblem("record.types|contains('software')"), undefined);
});
