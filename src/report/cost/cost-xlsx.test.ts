import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { parseScenario } from '../../core/cost/scenario.ts';
import { analyseScenario } from '../../core/cost/scenario-analysis.ts';
import { exampleAdoptVersusLicence } from '../../core/cost/worked-examples.ts';
import { translator } from '../../i18n/translate.ts';
import type { CostCell, CostTable } from './cost-table.ts';
import { expectedFigures, figuresOf } from './cost-tables.test-support.ts';
import { costTables } from './cost-tables.ts';
import { costXlsx } from './cost-xlsx.ts';

const example1 = parseScenario(exampleAdoptVersusLicence);

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

/** Every row of a worksheet as cells, empty ones as null. */
function cellsOf(sheet: ExcelJS.Worksheet, width: number): CostCell[][] {
  const rows: CostCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, c) => (row.getCell(c + 1).value ?? null) as CostCell));
  });
  return rows;
}

test('every sheet of worked example 1 holds the model’s figures, with a bold frozen header', async () => {
  const tables = costTables(example1, analyseScenario(example1), translator('en'));
  const workbook = await openWorkbook(await costXlsx(tables));
  assert.deepEqual(
    workbook.worksheets.map((sheet) => sheet.name),
    tables.map((table) => table.title),
  );
  const figures = expectedFigures(example1);
  for (const table of tables) {
    const sheet = workbook.getWorksheet(table.title)!;
    const [header, ...rows] = cellsOf(sheet, table.columns.length);
    assert.deepEqual(
      header,
      table.columns.map((column) => column.label),
    );
    assert.deepEqual(rows, table.rows, table.id);
    if (figures[table.id]) assert.deepEqual(figuresOf(table, rows), figures[table.id], table.id);
    assert.equal(sheet.getRow(1).getCell(1).font?.bold, true);
    assert.deepEqual(sheet.views[0], { ...sheet.views[0], state: 'frozen', ySplit: 1 });
    assert.ok(table.columns.every((_, c) => (sheet.getColumn(c + 1).width ?? 0) >= 8));
  }
  const summary = workbook.getWorksheet('Summary')!;
  assert.equal(summary.getCell('D2').numFmt, '#,##0.00', 'money');
  assert.equal(summary.getCell('H2').numFmt, '0.0#%', 'a share');
  const parameters = workbook.getWorksheet('Parameters')!;
  assert.equal(parameters.getCell('B5').value, 0.1);
  assert.equal(parameters.getCell('B5').numFmt, '0.0#%', 'the discount rate is a percentage');
});

test('no cell is a formula; sheet names are valid, unique and at most 31 characters', async () => {
  const table = (title: string): CostTable => ({
    id: 'lines',
    title,
    columns: [{ key: 'label', label: 'Label', format: 'text' }],
    rows: [['=1+1'], ['@cmd'], ['safe']],
  });
  const bytes = await costXlsx([
    table('A title far longer than thirty-one characters'),
    table('A title far longer than thirty-one characters'),
    table('What? [draft]: a/b'),
  ]);
  const workbook = await openWorkbook(bytes);
  assert.deepEqual(
    workbook.worksheets.map((sheet) => sheet.name),
    ['A title far longer than thirty-', 'A title far longer than thi (2)', 'What   draft   a b'],
  );
  const sheet = workbook.worksheets[0]!;
  assert.deepEqual(
    [2, 3, 4].map((row) => sheet.getCell(row, 1).value),
    ["'=1+1", "'@cmd", 'safe'],
  );
  sheet.eachRow((row) => row.eachCell((cell) => assert.notEqual(cell.type, ExcelJS.ValueType.Formula)));
});
