import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DataTable } from '../core/country/data-table.ts';
import type { UnmatchedCountry } from '../core/country/match-country.ts';
import { readCountryProfiles } from '../core/country/read-country-profiles.ts';
import { readEgdi } from '../core/country/read-egdi.ts';
import { readGtmi } from '../core/country/read-gtmi.ts';
import { DomainError } from '../core/errors.ts';
import { upsertCountries, upsertIndicatorValues } from '../storage/country.repository.ts';
import { inTransaction } from '../storage/in-transaction.ts';
import type { Database } from '../storage/schema.ts';
import { readDataTable } from './read-data-table.ts';

/** The kinds of country data `dpg import` reads. */
export const countryDataKinds = ['countries', 'gtmi', 'egdi'] as const;

/** One of {@link countryDataKinds}. */
export type CountryDataKind = (typeof countryDataKinds)[number];

/** What a country-data import did. */
export interface CountryImportReport {
  kind: CountryDataKind;
  source: string;
  /** Data rows read. */
  rows: number;
  /** Profiles or indicator values written (inserted or replaced). */
  written: number;
  /** Distinct countries written. */
  countries: number;
  /** Years of the indicator values, ascending (empty for profiles). */
  years: number[];
  /** Rows whose country matched no ISO code, as written: reported, not imported. */
  unmatched: UnmatchedCountry[];
}

/**
 * Imports country data of one kind from a path or URL, in one transaction: re-running it replaces the
 * same values (idempotent), and a malformed file writes nothing. `countries` takes the country-codes
 * CSV or a folder holding it (and, when present, a World Bank income table `*wb_classification*.csv`).
 */
export async function importCountryData(
  db: Kysely<Database>,
  kind: CountryDataKind,
  location: string,
  fetchImpl: typeof fetch = fetch,
): Promise<CountryImportReport> {
  if (kind === 'countries') {
    const { codes, income } = await readCountryTables(location, fetchImpl);
    const file = readCountryProfiles(codes, income);
    await inTransaction(db, (trx) => upsertCountries(trx, file.profiles, codes.source));
    const count = file.profiles.length;
    return {
      kind,
      source: location,
      rows: file.rows,
      written: count,
      countries: count,
      years: [],
      unmatched: file.unmatched,
    };
  }
  const table = await readDataTable(location, fetchImpl);
  const file = kind === 'gtmi' ? readGtmi(table) : readEgdi(table);
  if (file.values.length === 0)
    throw new DomainError('invalid_input', `${table.source} has no row for a known country.`);
  await inTransaction(db, (trx) => upsertIndicatorValues(trx, file.values));
  return {
    kind,
    source: location,
    rows: file.rows,
    written: file.values.length,
    countries: new Set(file.values.map((value) => value.country)).size,
    years: [...new Set(file.values.map((value) => value.year))].sort((a, b) => a - b),
    unmatched: file.unmatched,
  };
}

async function readCountryTables(
  location: string,
  fetchImpl: typeof fetch,
): Promise<{ codes: DataTable; income?: DataTable }> {
  if (/^https?:\/\//i.test(location) || /\.(csv|xlsx)$/i.test(location))
    return { codes: await readDataTable(location, fetchImpl) };
  let names: string[];
  try {
    names = await readdir(location);
  } catch {
    throw new DomainError('not_found', `No file or folder at ${location}.`);
  }
  if (!names.includes('country-codes.csv'))
    throw new DomainError('invalid_input', `${location} has no country-codes.csv.`);
  const codes = await readDataTable(join(location, 'country-codes.csv'));
  const incomeName = names.find((name) => /wb_classification.*\.csv$/i.test(name));
  return incomeName ? { codes, income: await readDataTable(join(location, incomeName)) } : { codes };
}
