import { stringify } from 'csv-stringify/sync';
import type { CostCell, CostTable } from './cost-table.ts';
import { guardFormula } from './formula-guard.ts';

const cell = (value: CostCell) =>
  typeof value === 'string' ? guardFormula(value) : Number.isFinite(value) ? value : null;

/**
 * One table as CSV (RFC 4180: comma-separated, CRLF line ends, quotes where needed), with a header row of
 * the column labels. Starts with a UTF-8 byte order mark so that spreadsheets read accents right; numbers
 * are written in full precision with a dot; texts are guarded against formula injection; empty cells are
 * empty.
 */
export function costCsv(table: CostTable): string {
  const header = table.columns.map((column) => guardFormula(column.label));
  return stringify([header, ...table.rows.map((row) => row.map(cell))], {
    bom: true,
    record_delimiter: 'windows',
  });
}
