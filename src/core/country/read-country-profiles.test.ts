import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libraryProfile, parseIncomeGroup } from './country-profile.ts';
import { readCountryProfiles } from './read-country-profiles.ts';

const columns = [
  'ISO3166-1-Alpha-2',
  'ISO3166-1-Alpha-3',
  'Region Name',
  'Sub-region Name',
  'Intermediate Region Name',
  'ISO4217-currency_alphabetic_code',
  'Least Developed Countries (LDC)',
  'Land Locked Developing Countries (LLDC)',
  'Small Island Developing States (SIDS)',
];

test('the library alone gives codes and names in English and French', () => {
  assert.deepEqual(libraryProfile('ke'), {
    code: 'KE',
    alpha3: 'KEN',
    numeric: '404',
    names: { en: 'Kenya', fr: 'Kenya' },
    ldc: false,
    lldc: false,
    sids: false,
  });
  assert.equal(libraryProfile('AF')?.numeric, '004');
  assert.equal(libraryProfile('ZZ'), undefined);
});

test('code tables add regions, currency, UN group flags and the income group', () => {
  const file = readCountryProfiles(
    {
      source: 'country-codes.csv',
      columns,
      rows: [
        ['NA', 'NAM', 'Africa', 'Sub-Saharan Africa', 'Southern Africa', 'NAD,ZAR', '', '', ''],
        ['RW', 'RWA', 'Africa', 'Sub-Saharan Africa', 'Eastern Africa', 'RWF', 'x', 'x', ''],
        ['QQ', 'QQQ', '', '', '', '', '', '', ''],
      ],
    },
    {
      source: 'income.csv',
      columns: ['cc_iso3c', 'ref_year', 'income_group'],
      rows: [
        ['RWA', '2023', 'Low income'],
        ['XKK', '2023', 'Upper middle income'],
        ['NAM', '2023', 'Somewhere'],
      ],
    },
  );
  assert.deepEqual(file.unmatched, [
    { line: 4, name: 'QQ' },
    { line: 4, name: 'income.csv: NAM' },
  ]);
  assert.deepEqual(
    file.profiles.map((profile) => profile.code),
    ['NA', 'RW', 'XK'],
  );
  const rwanda = file.profiles[1]!;
  assert.equal(rwanda.intermediateRegion, 'Eastern Africa');
  assert.equal(rwanda.incomeGroup, 'low');
  assert.equal(rwanda.ldc && rwanda.lldc && !rwanda.sids, true);
  assert.equal(file.profiles[0]!.currency, 'NAD', 'the first of several currencies');
  assert.equal(file.profiles[2]!.incomeGroup, 'upper-middle');
  assert.equal(parseIncomeGroup('LMC'), 'lower-middle');
});
