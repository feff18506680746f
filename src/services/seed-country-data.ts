import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { importCountryData, type CountryDataKind, type CountryImportReport } from './import-country-data.ts';

/** The file of each kind a country-data folder holds: `countries/`, `gtmi/*.csv|xlsx`, `egdi/*.csv`. */
async function findSources(folder: string): Promise<[CountryDataKind, string][]> {
  const list = async (name: string) =>
    (await readdir(path.join(folder, name)).catch(() => [] as string[])).sort();
  const sources: [CountryDataKind, string][] = [];
  if ((await list('countries')).some((file) => file.endsWith('.csv')))
    sources.push(['countries', path.join(folder, 'countries')]);
  const gtmi = await list('gtmi');
  const gtmiFile = gtmi.find((file) => file.endsWith('.csv')) ?? gtmi.find((file) => file.endsWith('.xlsx'));
  if (gtmiFile) sources.push(['gtmi', path.join(folder, 'gtmi', gtmiFile)]);
  const egdiFile = (await list('egdi')).find((file) => file.endsWith('.csv'));
  if (egdiFile) sources.push(['egdi', path.join(folder, 'egdi', egdiFile)]);
  return sources;
}

/**
 * Loads country profiles and indicators from a folder laid out like the shared country-indicators data
 * (`countries/`, `gtmi/`, `egdi/`) into a database that has no country yet, so that a first start shows
 * countries with their data. Returns the import reports, or undefined when the database already has
 * countries or the folder holds none of those files.
 */
export async function seedCountryData(
  db: Kysely<Database>,
  folder: string,
): Promise<CountryImportReport[] | undefined> {
  const existing = await db.selectFrom('countries').select('code').limit(1).executeTakeFirst();
  if (existing) return undefined;
  const sources = await findSources(folder);
  if (sources.length === 0) return undefined;
  const reports: CountryImportReport[] = [];
  for (const [kind, location] of sources) reports.push(await importCountryData(db, kind, location));
  return reports;
}
