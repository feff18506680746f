import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { parseScenario } from '../../core/cost/scenario.ts';
import { analyseScenario } from '../../core/cost/scenario-analysis.ts';
import { exampleAdoptVersusLicence } from '../../core/cost/worked-examples.ts';
import { translator } from '../../i18n/translate.ts';
import { costCsv } from './cost-csv.ts';
import type { CostTable } from './cost-table.ts';
import { expectedFigures, figuresOf } from './cost-tables.test-support.ts';
import { costTables } from './cost-tables.ts';
import { guardFormula } from './formula-guard.ts';

const example1 = parseScenario(exampleAdoptVersusLicence);

/** A CSV file's records, empty cells as null and numeric texts as numbers. */
function readCsv(text: string): (string | number | null)[][] {
  const records = parse(text, { bom: true }) as string[][];
  return records.map((record) =>
    record.map((cell) => (cell === '' ? null : /^-?\d/.test(cell) ? Number(cell) : cell)),
  );
}

test('each table parses back to the same labels, texts and numbers', () => {
  const figures = expectedFigures(example1);
  for (const table of costTables(example1, analyseScenario(example1), translator('fr'))) {
    const text = costCsv(table);
    assert.ok(text.startsWith('\uFEFF'), 'a byte order mark, for spreadsheets');
    assert.match(text, /\r\n$/, 'CRLF line ends (RFC 4180)');
    const [header, ...rows] = readCsv(text);
    assert.deepEqual(
      header,
      table.columns.map((column) => column.label),
    );
    assert.deepEqual(rows, table.rows, table.id);
    if (figures[table.id]) assert.deepEqual(figuresOf(table, rows), figures[table.id], table.id);
  }
});

test('texts that a spreadsheet would run as formulas get a leading apostrophe; numbers keep their sign', () => {
  const table: CostTable = {
    id: 'lines',
    title: 'Lines',
    columns: [
      { key: 'label', label: '=label', format: 'text' },
      { key: 'amount', label: 'Amount', format: 'money' },
    ],
    rows: [
      ['=HYPERLINK("http://example.com","x")', -5],
      ['+1', 0.25],
      ['-2', null],
      ['@SUM(A1)', 1],
      ['\tcmd', 2],
      ['\rcmd', 3],
      ['a, "quoted"\nline', Number.NaN],
    ],
  };
  const [header, ...rows] = readCsv(costCsv(table));
  assert.deepEqual(header, ["'=label", 'Amount']);
  assert.deepEqual(rows, [
    ['\'=HYPERLINK("http://example.com","x")', -5],
    ["'+1", 0.25],
    ["'-2", null],
    ["'@SUM(A1)", 1],
    ["'\tcmd", 2],
    ["'\rcmd", 3],
    ['a, "quoted"\nline', null],
  ]);
  assert.equal(guardFormula('Option A'), 'Option A');
  assert.equal(guardFormula('a=b'), 'a=b');
});
