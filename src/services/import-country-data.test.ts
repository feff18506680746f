import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createTestDatabase, sharedData } from '../../test/support/test-database.ts';
import { findCountry, listIndicatorValues } from '../storage/country.repository.ts';
import { countryAssessmentFacts } from './countries.ts';
import { importCountryData } from './import-country-data.ts';

const folder = join(sharedData, 'country-indicators');
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let scratch: string;

before(async () => {
  database = await createTestDatabase();
  scratch = await mkdtemp(join(tmpdir(), 'dpg-country-'));
});
after(async () => {
  await database.close();
  await rm(scratch, { recursive: true, force: true });
});

const count = async () =>
  Number(
    (
      await database.db
        .selectFrom('country_indicators')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('the shared country tables give 250 profiles with regions, income groups and flags', async () => {
  const report = await importCountryData(database.db, 'countries', join(folder, 'countries'));
  assert.equal(report.rows, 249);
  assert.equal(report.written, 250, 'Kosovo comes from the income table and the library');
  assert.deepEqual(report.unmatched, []);
  const kenya = await findCountry(database.db, 'KE');
  assert.equal(kenya?.alpha3, 'KEN');
  assert.equal(kenya?.numeric, '404');
  assert.equal(kenya?.names.fr, 'Kenya');
  assert.equal(kenya?.subRegion, 'Sub-Saharan Africa');
  assert.equal(kenya?.intermediateRegion, 'Eastern Africa');
  assert.equal(kenya?.incomeGroup, 'lower-middle');
  assert.equal(kenya?.currency, 'KES');
  const nepal = await findCountry(database.db, 'NP');
  assert.equal(nepal?.ldc && nepal.lldc && !nepal.sids, true);
  assert.equal((await findCountry(database.db, 'FJ'))?.sids, true);
  assert.equal((await findCountry(database.db, 'XK'))?.incomeGroup, 'upper-middle');
});

test('the GTMI XLSX loads completely: 593 country rows, the 5 summary rows reported; the CSV gives the same', async () => {
  const report = await importCountryData(
    database.db,
    'gtmi',
    join(folder, 'gtmi', 'gtmi_groups_2020_2022_2025.xlsx'),
  );
  assert.equal(report.rows, 598);
  assert.equal(report.unmatched.length, 5);
  assert.equal(report.written, 593 * 6);
  assert.equal(report.countries, 198);
  assert.deepEqual(report.years, [2020, 2022, 2025]);
  const before = await count();
  const again = await importCountryData(
    database.db,
    'gtmi',
    join(folder, 'gtmi', 'gtmi_groups_2020_2022_2025.csv'),
  );
  assert.equal(again.rows, 593);
  assert.deepEqual(again.unmatched, []);
  assert.equal(await count(), before, 'importing again replaces, never duplicates');
  const kenya = await listIndicatorValues(database.db, { country: 'KE', source: 'gtmi' });
  assert.equal(kenya.length, 18);
  const argentina = await listIndicatorValues(database.db, { country: 'AR' });
  const group2020 = argentina.find((value) => value.indicator === 'gtmi.group' && value.year === 2020);
  assert.equal(group2020?.label, 'A');
  const score = argentina.find((value) => value.indicator === 'gtmi.gtmi' && value.year === 2020);
  assert.ok(Math.abs((score?.value ?? 0) - 0.868094) < 1e-6);
  const byWorldBankCode = await listIndicatorValues(database.db, { country: 'RO', source: 'gtmi' });
  assert.equal(byWorldBankCode.length, 18, 'ROM (a World Bank code) resolves to Romania by name');
});

test('the EGDI 2022 file loads all 193 member states', async () => {
  const report = await importCountryData(database.db, 'egdi', join(folder, 'egdi', 'EGOV_DATA_2022.csv'));
  assert.equal(report.rows, 193);
  assert.deepEqual(report.unmatched, []);
  assert.equal(report.countries, 193);
  assert.equal(report.written, 193 * 6);
  const ireland = await listIndicatorValues(database.db, { country: 'IE', source: 'egdi' });
  assert.equal(ireland.find((value) => value.indicator === 'egdi.rank')?.value, 30);
  assert.equal(ireland.find((value) => value.indicator === 'egdi.egdi')?.value, 0.8567);
  assert.equal(ireland[0]?.edition, 'UN E-Government Survey 2022');
});

test('malformed files are refused with a clear error and write nothing', async () => {
  const before = await count();
  const header = 'year,country_code,country_name,grp,gtmi,cgsi,psdi,dcei,gtei\n';
  const cases: [string, string, RegExp][] = [
    [
      'bad-score.csv',
      `${header}2030,KEN,Kenya,A,0.5,0.5,0.5,0.5,0.5\n2030,UGA,Uganda,B,lots,0.5,0.5,0.5,0.5\n`,
      /line 3: gtmi "lots"/,
    ],
    ['columns.csv', 'year,country,score\n2030,Kenya,0.5\n', /missing country_code, country_name, grp/],
    ['quote.csv', `${header}2030,"KEN,Kenya,A\n`, /not a readable CSV file/],
    ['broken.xlsx', 'PK\u0003\u0004 not really a zip', /not a readable XLSX workbook/],
    ['nobody.csv', `${header}2030,QQQ,Atlantis,A,0.5,0.5,0.5,0.5,0.5\n`, /no row for a known country/],
  ];
  for (const [name, text, message] of cases) {
    await writeFile(join(scratch, name), text);
    await assert.rejects(
      importCountryData(database.db, 'gtmi', join(scratch, name)),
      (error: Error & { code?: string }) => {
        assert.equal(error.code, 'invalid_input', name);
        assert.match(error.message, message);
        return true;
      },
    );
  }
  await assert.rejects(importCountryData(database.db, 'egdi', join(scratch, 'absent.csv')), /No file at/);
  await assert.rejects(importCountryData(database.db, 'countries', scratch), /has no country-codes.csv/);
  assert.equal(await count(), before);
});

test('the facts of the country models come from the stored profile and indicators', async () => {
  const facts = await countryAssessmentFacts(database.db, 'KEN', { sector: 'health' });
  assert.equal(facts?.code, 'KE');
  assert.equal(facts?.sector, 'health');
  assert.equal(facts?.incomeGroup, 'lower-middle');
  assert.equal((facts?.gtmi as { year: number }).year, 2025);
  assert.equal((facts?.egdi as { year: number }).year, 2022);
  assert.equal(await countryAssessmentFacts(database.db, 'ZZ'), undefined);
});

test('a file is read from an http(s) URL too', async () => {
  const text = await readFile(join(folder, 'egdi', 'EGOV_DATA_2022.csv'));
  const fake = (async () => new Response(text)) as unknown as typeof fetch;
  const report = await importCountryData(
    database.db,
    'egdi',
    'https://data.example/EGOV_DATA_2022.csv',
    fake,
  );
  assert.equal(report.rows, 193);
  const down = (async () => new Response('gone', { status: 404 })) as unknown as typeof fetch;
  await assert.rejects(
    importCountryData(database.db, 'egdi', 'https://data.example/x.csv', down),
    /answered 404/,
  );
});
