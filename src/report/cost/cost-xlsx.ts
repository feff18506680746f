import ExcelJS from 'exceljs';
import type { CostCell, CostFormat, CostTable } from './cost-table.ts';
import { guardFormula } from './formula-guard.ts';

const numberFormats: Record<CostFormat, string | undefined> = {
  text: undefined,
  money: '#,##0.00',
  percent: '0.0#%',
  year: '0',
  number: 'General',
};

/** Characters a worksheet name may not hold, and Excel's length limit. */
const forbiddenInSheetName = /[\\/?*[\]:]/g;
const maxSheetName = 31;

/**
 * All tables as an Excel workbook (XLSX), one worksheet per table named after its title: a bold header
 * row frozen in place, money, percentages and years formatted, columns sized to their content. Texts are
 * guarded against formula injection and written as texts; no cell is a formula.
 */
export async function costXlsx(tables: readonly CostTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DPG Toolkit';
  const names = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, names), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(table.columns.map((column) => guardFormula(column.label))).font = { bold: true };
    table.rows.forEach((cells, r) => {
      const row = sheet.addRow(cells.map(cellValue));
      cells.forEach((value, c) => {
        const format = numberFormats[table.rowFormats?.[r] ?? table.columns[c]?.format ?? 'text'];
        if (typeof value === 'number' && format) row.getCell(c + 1).numFmt = format;
      });
    });
    table.columns.forEach((column, c) => {
      const widest = Math.max(
        column.label.length,
        ...table.rows.map((cells) => displayLength(cells[c] ?? null)),
      );
      sheet.getColumn(c + 1).width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellValue(value: CostCell): string | number | null {
  if (typeof value === 'string') return guardFormula(value);
  return value !== null && Number.isFinite(value) ? value : null;
}

/** About how many characters a cell shows (numbers with thousands separators and two decimals). */
function displayLength(value: CostCell): number {
  if (typeof value === 'number') return Math.round(value).toLocaleString('en').length + 3;
  return value?.length ?? 0;
}

/** A valid worksheet name for a title, unique in the workbook (compared without case, as Excel does). */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(forbiddenInSheetName, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let name = base.slice(0, maxSheetName);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, maxSheetName - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
