/** The tables an analysis is exported as, in the order a workbook shows them. */
export const costTableIds = [
  'summary',
  'years',
  'categories',
  'lines',
  'tornado',
  'distribution',
  'parameters',
] as const;

/** One of {@link costTableIds}. */
export type CostTableId = (typeof costTableIds)[number];

/** How a spreadsheet shows a column's numbers: money, a share (0.25 is 25%), a year or a plain number. */
export type CostFormat = 'text' | 'money' | 'percent' | 'year' | 'number';

/** A cell: numbers stay numbers so that a spreadsheet can compute with them; `null` is an empty cell. */
export type CostCell = string | number | null;

/** One column: a stable key for programs, a label in the reader's language. */
export interface CostColumn {
  key: string;
  label: string;
  format: CostFormat;
}

/** A named table of an analysis, ready for CSV, XLSX or a page. */
export interface CostTable {
  id: CostTableId;
  title: string;
  columns: CostColumn[];
  rows: CostCell[][];
  /** A format per row that overrides the column's, for tables whose rows differ (parameters). */
  rowFormats?: CostFormat[];
}
