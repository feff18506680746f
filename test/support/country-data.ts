import path from 'node:path';
import type { Kysely } from 'kysely';
import { importCountryData } from '../../src/services/import-country-data.ts';
import type { Database } from '../../src/storage/schema.ts';
import { sharedData } from './test-database.ts';

/** The shared country-indicators folder (read in place, never copied into the project). */
export const countryDataFolder = path.join(sharedData, 'country-indicators');

/** Imports the shared country profiles, GTMI (CSV) and EGDI files, as `dpg import` does. */
export async function importSharedCountryData(db: Kysely<Database>): Promise<void> {
  await importCountryData(db, 'countries', path.join(countryDataFolder, 'countries'));
  await importCountryData(db, 'gtmi', path.join(countryDataFolder, 'gtmi', 'gtmi_groups_2020_2022_2025.csv'));
  await importCountryData(db, 'egdi', path.join(countryDataFolder, 'egdi', 'EGOV_DATA_2022.csv'));
}
