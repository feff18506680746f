import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEgdi } from './read-egdi.ts';

const columns = [
  'Survey Year',
  'Country Name',
  'E-Government Rank',
  'E-Government Index',
  'E-Participation Index',
  'Online Service Index',
  'Human Capital Index',
  'Telecommunication Infrastructure Index',
];

test('EGDI rows become a rank and five indices, names matched to ISO codes', () => {
  const file = readEgdi({
    source: 'egov.csv',
    columns,
    rows: [
      ['2022', 'Republic of Moldova ', '61', '0.7', '0.6', '0.65', '0.8', '0.7'],
      ['2022', 'Atlantis', '1', '0.9', '0.9', '0.9', '0.9', '0.9'],
    ],
  });
  assert.deepEqual(file.unmatched, [{ line: 3, name: 'Atlantis' }]);
  assert.equal(file.values.length, 6);
  assert.ok(
    file.values.every((value) => value.country === 'MD' && value.year === 2022 && value.source === 'egdi'),
  );
  assert.equal(file.values.find((value) => value.indicator === 'egdi.rank')?.value, 61);
  assert.equal(file.values.find((value) => value.indicator === 'egdi.osi')?.value, 0.65);
});

test('an index out of range or a bad rank refuses the file', () => {
  assert.throws(
    () =>
      readEgdi({
        source: 'egov.csv',
        columns,
        rows: [['2022', 'Kenya', '-3', '7', '0.6', '0.65', '0.8', '0.7']],
      }),
    /E-Government Rank "-3".*E-Government Index "7"/,
  );
  assert.throws(
    () => readEgdi({ source: 'egov.csv', columns: ['Country', 'Score'], rows: [] }),
    /missing Survey Year/,
  );
});
