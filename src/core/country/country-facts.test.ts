import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countryFacts } from './country-facts.ts';
import { libraryProfile } from './country-profile.ts';
import type { IndicatorValue } from './indicator.ts';

const kenya = libraryProfile('KE')!;
const value = (indicator: string, year: number, score: number | null, label: string | null = null) =>
  ({
    country: 'KE',
    indicator,
    year,
    source: indicator.startsWith('gtmi') ? 'gtmi' : 'egdi',
    edition: `test ${year}`,
    value: score,
    label,
  }) satisfies IndicatorValue;

test('the facts hold the latest value of each indicator, or as they stood in a given year', () => {
  const values = [
    value('gtmi.group', 2020, null, 'C'),
    value('gtmi.cgsi', 2020, 0.4),
    value('gtmi.group', 2025, null, 'A'),
    value('gtmi.cgsi', 2025, 0.9),
    value('egdi.osi', 2022, 0.7),
  ];
  assert.deepEqual(countryFacts(kenya, values, { sector: 'health' }).gtmi, {
    year: 2025,
    group: 'A',
    cgsi: 0.9,
  });
  const in2020 = countryFacts(kenya, values, { upToYear: 2020 });
  assert.deepEqual(in2020.gtmi, { year: 2020, group: 'C', cgsi: 0.4 });
  assert.equal(in2020.egdi, undefined, 'the 2022 survey was not out in 2020');
  assert.equal(in2020.sector, undefined);
  assert.equal(countryFacts(kenya, values, { upToYear: 2019 }).gtmi, undefined);
});

const indicatorValue = fc
  .record({
    indicator: fc.constantFrom('gtmi.cgsi', 'gtmi.psdi', 'egdi.osi', 'egdi.hci'),
    year: fc.integer({ min: 2018, max: 2026 }),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ indicator, year, score }) => value(indicator, year, score));

test('property: a year view never reads a later value, and a year after all data changes nothing', () => {
  fc.assert(
    fc.property(
      fc.array(indicatorValue, { maxLength: 30 }),
      fc.integer({ min: 2017, max: 2027 }),
      (values, year) => {
        const unique = [
          ...new Map(values.map((entry) => [`${entry.indicator}|${entry.year}`, entry])).values(),
        ];
        const seen = countryFacts(kenya, unique, { upToYear: year });
        for (const source of ['gtmi', 'egdi'] as const) {
          const entry = seen[source] as { year: number } | undefined;
          if (entry) assert.ok(entry.year <= year);
          else assert.ok(unique.every((item) => item.source !== source || item.year > year));
        }
        assert.deepEqual(countryFacts(kenya, unique, { upToYear: 2027 }), countryFacts(kenya, unique));
      },
    ),
  );
});
