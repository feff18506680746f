import { numberCell, tableRows, type DataTable } from './data-table.ts';
import type { IndicatorValue } from './indicator.ts';
import { refuseBadCells, type IndicatorFile } from './indicator-file.ts';
import { matchCountry } from './match-country.ts';

const columns: readonly [string, string][] = [
  ['E-Government Index', 'egdi.egdi'],
  ['E-Participation Index', 'egdi.epi'],
  ['Online Service Index', 'egdi.osi'],
  ['Human Capital Index', 'egdi.hci'],
  ['Telecommunication Infrastructure Index', 'egdi.tii'],
];

/**
 * Reads the UN E-Government Survey data table (UN DESA knowledge-base layout: `Survey Year, Country Name,
 * E-Government Rank, E-Government Index, E-Participation Index, Online Service Index, Human Capital
 * Index, Telecommunication Infrastructure Index`). Names are matched to ISO codes; unmatched rows are
 * reported, unreadable cells of matched rows refuse the file.
 */
export function readEgdi(table: DataTable): IndicatorFile {
  const rows = tableRows(table, [
    'Survey Year',
    'Country Name',
    'E-Government Rank',
    ...columns.map(([name]) => name),
  ]);
  const file: IndicatorFile = { rows: rows.length, values: [], unmatched: [] };
  const problems: string[] = [];
  for (const row of rows) {
    const name = row.cell('Country Name');
    const country = matchCountry('', name);
    if (!country) {
      if (name) file.unmatched.push({ line: row.line, name });
      continue;
    }
    const year = Number(row.cell('Survey Year'));
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      problems.push(`line ${row.line}: Survey Year "${row.cell('Survey Year')}"`);
      continue;
    }
    const base = {
      country,
      year,
      source: 'egdi' as const,
      edition: `UN E-Government Survey ${year}`,
      label: null,
    };
    const values: IndicatorValue[] = [];
    const rank = numberCell(row.cell('E-Government Rank'));
    if (rank !== undefined && (!Number.isInteger(rank) || rank < 1))
      problems.push(`line ${row.line}: E-Government Rank "${row.cell('E-Government Rank')}"`);
    else if (rank !== undefined) values.push({ ...base, indicator: 'egdi.rank', value: rank });
    for (const [column, indicator] of columns) {
      const value = numberCell(row.cell(column));
      if (value === undefined) continue;
      if (Number.isNaN(value) || value < 0 || value > 1) {
        problems.push(`line ${row.line}: ${column} "${row.cell(column)}" (a number from 0 to 1)`);
        continue;
      }
      values.push({ ...base, indicator, value });
    }
    file.values.push(...values);
  }
  refuseBadCells(table.source, problems);
  return file;
}
