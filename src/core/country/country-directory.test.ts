import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libraryProfile, type CountryProfile } from './country-profile.ts';
import {
  countryDirectory,
  filterCountries,
  parseCountryCode,
  regionKey,
  regionTree,
} from './country-directory.ts';

const kenya: CountryProfile = {
  ...libraryProfile('KE')!,
  region: 'Africa',
  subRegion: 'Sub-Saharan Africa',
  intermediateRegion: 'Eastern Africa',
  incomeGroup: 'lower-middle',
};

test('the directory lists every library country, imported profiles first', () => {
  const all = countryDirectory([kenya]);
  assert.ok(all.length >= 249);
  assert.equal(all.find((profile) => profile.code === 'KE')?.incomeGroup, 'lower-middle');
  assert.equal(all.find((profile) => profile.code === 'FR')?.names.fr, 'France');
  assert.deepEqual(
    filterCountries(all, { region: 'Eastern Africa', income: 'lower-middle' }).map((profile) => profile.code),
    ['KE'],
  );
  assert.equal(filterCountries(all, { income: 'high' }).length, 0);
  assert.deepEqual(regionTree(all), [{ region: 'Africa', parts: ['Eastern Africa', 'Sub-Saharan Africa'] }]);
});

test('codes in URLs are alpha-2 or alpha-3 in any case', () => {
  assert.equal(parseCountryCode('ke'), 'KE');
  assert.equal(parseCountryCode('KEN'), 'KE');
  assert.equal(parseCountryCode('Kenya'), undefined);
  assert.equal(parseCountryCode('ZZ'), undefined);
  assert.equal(regionKey('Sub-Saharan Africa'), 'sub-saharan-africa');
});
