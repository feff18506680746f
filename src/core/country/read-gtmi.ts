import { numberCell, tableRows, type DataTable } from './data-table.ts';
import type { IndicatorValue } from './indicator.ts';
import { refuseBadCells, type IndicatorFile } from './indicator-file.ts';
import { matchCountry } from './match-country.ts';

const scores = ['gtmi', 'cgsi', 'psdi', 'dcei', 'gtei'] as const;

/**
 * Reads the GovTech Maturity Index groups table (World Bank GovTech dataset as harmonised by gtmiR:
 * `year, country_code, country_name, grp, gtmi, cgsi, psdi, dcei, gtei`; the 2020 release's `cei` is
 * accepted for `dcei`). Rows whose country matches no ISO code are reported, not imported; a matched
 * row with an unreadable year, group or score refuses the whole file.
 */
export function readGtmi(table: DataTable): IndicatorFile {
  const hasCei = table.columns.some((column) => column.trim().toLowerCase() === 'cei');
  const dcei =
    hasCei && !table.columns.some((column) => column.trim().toLowerCase() === 'dcei') ? 'cei' : 'dcei';
  const rows = tableRows(table, [
    'year',
    'country_code',
    'country_name',
    'grp',
    'gtmi',
    'cgsi',
    'psdi',
    dcei,
    'gtei',
  ]);
  const file: IndicatorFile = { rows: rows.length, values: [], unmatched: [] };
  const problems: string[] = [];
  for (const row of rows) {
    const country = matchCountry(row.cell('country_code'), row.cell('country_name'));
    if (!country) {
      const name = [row.cell('country_code'), row.cell('country_name')].filter(Boolean).join(' ');
      if (name) file.unmatched.push({ line: row.line, name });
      continue;
    }
    const year = Number(row.cell('year'));
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      problems.push(`line ${row.line}: year "${row.cell('year')}"`);
      continue;
    }
    const group = row.cell('grp').toUpperCase();
    if (!/^[A-D]$/.test(group)) problems.push(`line ${row.line}: group "${row.cell('grp')}" (A to D)`);
    const base = { country, year, source: 'gtmi' as const, edition: `GTMI ${year}` };
    const values: IndicatorValue[] = [{ ...base, indicator: 'gtmi.group', value: null, label: group }];
    for (const score of scores) {
      const text = row.cell(score === 'dcei' ? dcei : score);
      const value = numberCell(text);
      if (value === undefined) continue;
      if (Number.isNaN(value) || value < 0 || value > 1) {
        problems.push(`line ${row.line}: ${score} "${text}" (a number from 0 to 1)`);
        continue;
      }
      values.push({ ...base, indicator: `gtmi.${score}`, value, label: null });
    }
    file.values.push(...values);
  }
  refuseBadCells(table.source, problems);
  return file;
}
