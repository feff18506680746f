import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createTestDatabase, sharedData } from '../../test/support/test-database.ts';
import { findCountry, listIndicatorValues } from '../storage/country.repository.ts';
import { seedCountryData } from './seed-country-data.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let empty: string;

before(async () => {
  database = await createTestDatabase();
  empty = await mkdtemp(path.join(tmpdir(), 'dpg-no-countries-'));
});
after(async () => {
  await database.close();
  await rm(empty, { recursive: true, force: true });
});

test('a first start loads the countries, GTMI and EGDI from a country-data folder, once', async () => {
  assert.equal(await seedCountryData(database.db, empty), undefined, 'a folder without the files');
  const reports = await seedCountryData(database.db, path.join(sharedData, 'country-indicators'));
  assert.deepEqual(
    reports?.map((report) => [report.kind, report.written]),
    [
      ['countries', 250],
      ['gtmi', 3558],
      ['egdi', 1158],
    ],
  );
  assert.equal((await findCountry(database.db, 'KE'))?.incomeGroup, 'lower-middle');
  assert.ok((await listIndicatorValues(database.db, { country: 'KE' })).length > 0);
  assert.equal(
    await seedCountryData(database.db, path.join(sharedData, 'country-indicators')),
    undefined,
    'a database that has countries is left alone',
  );
});
