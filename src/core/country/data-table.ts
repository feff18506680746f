import { DomainError } from '../errors.ts';

/** A sheet or CSV file read as text: the header row and the data rows, every cell a trimmed string. */
export interface DataTable {
  /** Where the table came from, for messages ("gtmi.csv"). */
  source: string;
  columns: string[];
  rows: string[][];
}

/** A row of a table by column name, and its 1-based line number in the file (header is line 1). */
export interface TableRow {
  line: number;
  cell: (column: string) => string;
}

/**
 * Checks that the table has every required column (names compared without case or surrounding
 * spaces) and returns its rows with cells by name. Throws `invalid_input` naming what is missing.
 */
export function tableRows(table: DataTable, required: readonly string[]): TableRow[] {
  const index = new Map(table.columns.map((name, position) => [name.trim().toLowerCase(), position]));
  const missing = required.filter((name) => !index.has(name.toLowerCase()));
  if (table.columns.length === 0 || missing.length > 0) {
    throw new DomainError(
      'invalid_input',
      `${table.source} does not have the expected columns: missing ${missing.join(', ')} (found ${table.columns.join(', ') || 'no header row'}).`,
      { missing },
    );
  }
  return table.rows.map((cells, position) => ({
    line: position + 2,
    cell: (column) => (cells[index.get(column.toLowerCase()) ?? -1] ?? '').trim(),
  }));
}

/** Reads a cell as a number, or undefined when it is blank; NaN marks text that is not a number. */
export function numberCell(text: string): number | undefined {
  if (text === '') return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : Number.NaN;
}
