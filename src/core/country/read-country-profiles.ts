import { tableRows, type DataTable } from './data-table.ts';
import { libraryProfile, parseIncomeGroup, type CountryProfile } from './country-profile.ts';
import { matchCountry, type UnmatchedCountry } from './match-country.ts';

/** Country profiles read from code tables, and the rows no country matched. */
export interface CountryProfileFile {
  rows: number;
  profiles: CountryProfile[];
  unmatched: UnmatchedCountry[];
}

const flag = (text: string): boolean => /^(x|yes|true|1)$/i.test(text.trim());

/**
 * Builds profiles from a country-codes table (the `datasets/country-codes` layout: ISO 3166 codes, UN
 * M49 region names, LDC / LLDC / SIDS marks, ISO 4217 codes) and, when given, a World Bank income
 * table (`cc_iso3c, income_group`). Codes and names come from the maintained country library; the
 * tables add what it lacks. An income row whose code or group cannot be read is reported.
 */
export function readCountryProfiles(codes: DataTable, income?: DataTable): CountryProfileFile {
  const rows = tableRows(codes, [
    'ISO3166-1-Alpha-2',
    'ISO3166-1-Alpha-3',
    'Region Name',
    'Sub-region Name',
    'Intermediate Region Name',
    'ISO4217-currency_alphabetic_code',
    'Least Developed Countries (LDC)',
    'Land Locked Developing Countries (LLDC)',
    'Small Island Developing States (SIDS)',
  ]);
  const file: CountryProfileFile = { rows: rows.length, profiles: [], unmatched: [] };
  const byCode = new Map<string, CountryProfile>();
  for (const row of rows) {
    const code =
      matchCountry(row.cell('ISO3166-1-Alpha-2'), '') ?? matchCountry(row.cell('ISO3166-1-Alpha-3'), '');
    const base = code ? libraryProfile(code) : undefined;
    if (!base) {
      const name = row.cell('ISO3166-1-Alpha-2') || row.cell('ISO3166-1-Alpha-3');
      if (name) file.unmatched.push({ line: row.line, name });
      continue;
    }
    const optional = (column: string) => row.cell(column) || undefined;
    const profile: CountryProfile = {
      ...base,
      region: optional('Region Name'),
      subRegion: optional('Sub-region Name'),
      intermediateRegion: optional('Intermediate Region Name'),
      currency: row.cell('ISO4217-currency_alphabetic_code').split(',')[0]?.trim() || undefined,
      ldc: flag(row.cell('Least Developed Countries (LDC)')),
      lldc: flag(row.cell('Land Locked Developing Countries (LLDC)')),
      sids: flag(row.cell('Small Island Developing States (SIDS)')),
    };
    byCode.set(profile.code, profile);
  }
  if (income) {
    for (const row of tableRows(income, ['cc_iso3c', 'income_group'])) {
      const code = matchCountry(row.cell('cc_iso3c'), '');
      const profile = code ? (byCode.get(code) ?? libraryProfile(code)) : undefined;
      const group = parseIncomeGroup(row.cell('income_group'));
      if (profile) byCode.set(profile.code, profile);
      if (profile && group) profile.incomeGroup = group;
      else file.unmatched.push({ line: row.line, name: `${income.source}: ${row.cell('cc_iso3c')}` });
    }
  }
  file.profiles = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  return file;
}
