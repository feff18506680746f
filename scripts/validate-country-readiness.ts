// Runs the country-readiness model on every country of the GovTech Maturity Index file, pre-filled from the
// GTMI values alone, and checks that the pre-fill agrees with the GTMI groups: Spearman's rank correlation
// between the group (A = 4 … D = 1) and the mean pre-filled score over the indicators GTMI informs, and
// whether any group-A country pre-fills below a group-D country. Writes its own section at the end of
// docs/validation.md (between the country-readiness markers, keeping the rest of the file).
// Usage: node scripts/validate-country-readiness.ts [path to the GTMI CSV or XLSX]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { assess } from '../src/core/assessment/assess.ts';
import { countryFacts } from '../src/core/country/country-facts.ts';
import { libraryProfile } from '../src/core/country/country-profile.ts';
import { spearman } from '../src/core/country/rank-correlation.ts';
import { readGtmi } from '../src/core/country/read-gtmi.ts';
import { getAssessmentModel, sha256Digest } from '../src/services/assessment-models.ts';
import { readDataTable } from '../src/services/read-data-table.ts';

const root = new URL('..', import.meta.url).pathname;
const source =
  process.argv[2] ??
  path.join(root, '..', 'shared', 'data', 'country-indicators', 'gtmi', 'gtmi_groups_2020_2022_2025.csv');
const output = path.join(root, 'docs', 'validation.md');
const start = '<!-- country-readiness:start -->';
const end = '<!-- country-readiness:end -->';
const groupRank: Record<string, number> = { A: 4, B: 3, C: 2, D: 1 };

const model = await getAssessmentModel('country-readiness', 1);
const file = readGtmi(await readDataTable(source));
const years = [...new Set(file.values.map((value) => value.year))].sort();
const informed = model.groups
  .flatMap((group) => group.indicators)
  .filter((indicator) => indicator.evidence.some((rule) => rule.when.includes('country.gtmi.')))
  .map((indicator) => indicator.id);

interface Row {
  year: number;
  countries: number;
  rho: number;
  byGroup: Record<string, number>;
  inversions: number;
  pairs: number;
  lowestA: number;
  highestD: number;
}
const rows: Row[] = [];
for (const year of years) {
  const values = file.values.filter((value) => value.year === year);
  const countries = [...new Set(values.map((value) => value.country))];
  const points: { group: number; score: number }[] = [];
  for (const code of countries) {
    const mine = values.filter((value) => value.country === code);
    const group = mine.find((value) => value.indicator === 'gtmi.group')?.label ?? '';
    const result = assess(
      model,
      { country: countryFacts(libraryProfile(code)!, mine) },
      {},
      { digest: sha256Digest },
    );
    const scores = result.indicators
      .filter((indicator) => informed.includes(indicator.id) && indicator.score !== undefined)
      .map((indicator) => indicator.score!);
    if (scores.length === 0 || !groupRank[group]) continue;
    points.push({
      group: groupRank[group]!,
      score: scores.reduce((sum, score) => sum + score, 0) / scores.length,
    });
  }
  const inGroup = (rank: number) =>
    points.filter((point) => point.group === rank).map((point) => point.score);
  const a = inGroup(4);
  const d = inGroup(1);
  const mean = (list: number[]) => list.reduce((sum, score) => sum + score, 0) / list.length;
  rows.push({
    year,
    countries: points.length,
    rho: spearman(
      points.map((point) => point.group),
      points.map((point) => point.score),
    ),
    byGroup: Object.fromEntries(
      Object.entries(groupRank).map(([letter, rank]) => [letter, mean(inGroup(rank))]),
    ),
    inversions: a.reduce((count, scoreA) => count + d.filter((scoreD) => scoreA < scoreD).length, 0),
    pairs: a.length * d.length,
    lowestA: Math.min(...a),
    highestD: Math.max(...d),
  });
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const section = [
  start,
  '',
  '## Country readiness: the pre-fill against the GTMI groups',
  '',
  `Written by \`node scripts/validate-country-readiness.ts\` from \`${path.relative(path.join(root, '..'), source)}\` (${file.rows} rows). For every country`,
  `and wave, \`country-readiness@${model.version}\` runs on the GTMI values of that wave alone (no answers); the pre-fill score is the mean`,
  `score (0–1) of the indicators GTMI informs: ${informed.map((id) => `\`${id}\``).join(', ')}. The World Bank groups countries from A`,
  '(most mature) to D from the composite index, which the four focus areas make up; the check is that the pre-fill follows the same order.',
  '',
  '| wave | countries | Spearman ρ (group vs pre-fill) | mean pre-fill A | B | C | D | lowest A | highest D | A below D (pairs) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.year} | ${row.countries} | ${fixed(row.rho, 3)} | ${fixed(row.byGroup.A!)} | ${fixed(row.byGroup.B!)} | ${fixed(row.byGroup.C!)} | ${fixed(row.byGroup.D!)} | ${fixed(row.lowestA)} | ${fixed(row.highestD)} | ${row.inversions} of ${row.pairs} |`,
  ),
  '',
  'Reading the figures: levels are steps of a quarter of the index (0.25, 0.50, 0.75), so countries close to a',
  'threshold fall on either side and ties are many; ρ is computed with tied ranks averaged. "A below D" counts the',
  'pairs of a group-A and a group-D country where the A country pre-fills lower; 0 means no group-A country ever',
  'pre-fills below a group-D country. Answers given by people replace the pre-fill.',
  '',
  end,
].join('\n');

const current = await readFile(output, 'utf8').catch(() => '');
const kept = current.includes(start)
  ? current.slice(0, current.indexOf(start)) + current.slice(current.indexOf(end) + end.length)
  : current;
const options = (await prettier.resolveConfig(output)) ?? {};
await writeFile(
  output,
  await prettier.format(`${kept.trimEnd()}\n\n${section}\n`, {
    ...options,
    parser: 'markdown',
    filepath: output,
  }),
);
for (const row of rows)
  console.log(
    `${row.year}: ${row.countries} countries, Spearman ${fixed(row.rho, 3)}, A below D in ${row.inversions} of ${row.pairs} pairs`,
  );
if (rows.some((row) => row.inversions > 0)) process.exitCode = 1;
