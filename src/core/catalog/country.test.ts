import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryName, resolveCountryCode, toCountryRefs } from './country.ts';

test('resolves the odd spellings the registry uses', () => {
  const cases: [string, string][] = [
    ['Palestine State', 'PS'],
    ['Congo (Congo-Brazzaville)', 'CG'],
    ['Czechia (Czech Republic)', 'CZ'],
    ["Eswatini (fmr. 'Swaziland')", 'SZ'],
    ['VietNam', 'VN'],
    ['Caribbean Netherlands', 'BQ'],
    ['Micronesia', 'FM'],
    ['Saint Helena, Ascension and Tristan da Cunha', 'SH'],
    ['Virgin Islands, British', 'VG'],
    ['Saint Vincent and The Grenadines', 'VC'],
    ['Tanzania', 'TZ'],
    ['United States of America', 'US'],
    ["Côte d'Ivoire", 'CI'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Kosovo', 'XK'],
  ];
  for (const [name, code] of cases) assert.equal(resolveCountryCode(name), code, name);
});

test('accepts ISO alpha-2 and alpha-3 codes and French names', () => {
  assert.equal(resolveCountryCode('ke'), 'KE');
  assert.equal(resolveCountryCode('KEN'), 'KE');
  assert.equal(resolveCountryCode('Sénégal'), 'SN');
});

test('keeps a name no country matches, as written', () => {
  assert.equal(resolveCountryCode('Scotland'), undefined);
  assert.deepEqual(toCountryRefs(['Scotland', 'Kenya', '', 'Kenya', 42]), [
    { name: 'Scotland' },
    { code: 'KE', name: 'Kenya' },
  ]);
});

test('names a country in the reader’s language', () => {
  assert.equal(countryName('SN', 'fr'), 'Sénégal');
  assert.equal(countryName('ZZ', 'en'), undefined);
});
