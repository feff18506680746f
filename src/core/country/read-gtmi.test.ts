import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGtmi } from './read-gtmi.ts';

const columns = ['year', 'country_code', 'country_name', 'grp', 'gtmi', 'cgsi', 'psdi', 'dcei', 'gtei'];

test('GTMI rows become a group and five scores per country and year', () => {
  const file = readGtmi({
    source: 'gtmi.csv',
    columns,
    rows: [
      ['2022', 'KEN', 'Kenya', 'A', '0.8', '0.7', '0.9', '0.6', '0.85'],
      ['2020', 'ZAR', 'Congo, Dem. Rep.', 'd', '0.1', '0.2', '', '0.1', '0.05'],
      ['2025', '0.75', 'A', '80', '0.4', '', '', '', ''],
    ],
  });
  assert.equal(file.rows, 3);
  assert.deepEqual(file.unmatched, [{ line: 4, name: '0.75 A' }]);
  const kenya = file.values.filter((value) => value.country === 'KE');
  assert.equal(kenya.length, 6);
  assert.deepEqual(
    kenya.find((value) => value.indicator === 'gtmi.group'),
    {
      country: 'KE',
      year: 2022,
      source: 'gtmi',
      edition: 'GTMI 2022',
      indicator: 'gtmi.group',
      value: null,
      label: 'A',
    },
  );
  const congo = file.values.filter((value) => value.country === 'CD');
  assert.equal(congo.length, 5, 'a blank score is left out');
  assert.equal(congo.find((value) => value.indicator === 'gtmi.group')?.label, 'D');
});

test('the 2020 column name cei is read as dcei', () => {
  const file = readGtmi({
    source: 'gtmi.csv',
    columns: columns.map((name) => (name === 'dcei' ? 'cei' : name)),
    rows: [['2020', 'KEN', 'Kenya', 'B', '0.8', '0.7', '0.9', '0.6', '0.85']],
  });
  assert.equal(file.values.find((value) => value.indicator === 'gtmi.dcei')?.value, 0.6);
});

test('a missing column or an unreadable score refuses the whole file, naming it', () => {
  assert.throws(
    () => readGtmi({ source: 'gtmi.csv', columns: columns.slice(0, 5), rows: [] }),
    /missing cgsi, psdi, dcei, gtei/,
  );
  assert.throws(
    () =>
      readGtmi({
        source: 'gtmi.csv',
        columns,
        rows: [
          ['2022', 'KEN', 'Kenya', 'A', 'high', '0.7', '0.9', '0.6', '1.5'],
          ['twenty', 'UGA', 'Uganda', 'B', '0.5', '0.5', '0.5', '0.5', '0.5'],
          ['2022', 'TZA', 'Tanzania', 'E', '0.5', '0.5', '0.5', '0.5', '0.5'],
        ],
      }),
    (error: Error & { code?: string }) =>
      error.code === 'invalid_input' &&
      /line 2: gtmi "high"/.test(error.message) &&
      /line 2: gtei "1.5"/.test(error.message) &&
      /line 3: year "twenty"/.test(error.message) &&
      /line 4: group "E"/.test(error.message),
  );
});
