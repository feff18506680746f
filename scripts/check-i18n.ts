// Fails when a message catalogue misses a key, has an extra or empty one, loses a placeholder,
// or when a key is used in the code but missing, or present but never used.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const catalogueDir = path.join(root, 'src', 'i18n');
/** Key prefixes that code builds from data (t.label('type', value), t.plural('catalogue.count', n)). */
const dynamicPrefixes = [
  'incomeGroup.',
  'indicatorSource.',
  'country.indicator.',
  'unRegion.',
  'countries.flag.',
  'countries.flagLong.',
  'lens.',
  'businessModel.',
  'evidenceArea.',
  'evidenceSector.',
  'heatMap.band.',
  'type.',
  'stage.',
  'sdg.',
  'sector.',
  'role.',
  'answer.',
  'source.',
  'facet.',
  'sort.',
  'language.',
  'costCategory.',
  'fundingKind.',
  'costTemplate.',
  'costBasis.',
  'costKind.',
  'costSpent.',
  'costs.chart.title.',
  'costs.chart.description.',
  'link.',
  'fact.',
  'factGroup.',
  'factState.',
  'scanStatus.',
  'memberRole.',
  'password.',
  'tokenScope.',
  'visibility.',
  'assessments.basis.',
  'assessments.confidence.',
  'assessments.statusValue.',
  'assessments.priority.',
  'assessments.effort.',
];
const pluralSuffix = /\.(zero|one|two|few|many|other)$/;

const read = async (name: string) =>
  JSON.parse(await readFile(path.join(catalogueDir, name), 'utf8')) as Record<string, string>;
const english = await read('en.json');
const problems: string[] = [];
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

for (const file of (await readdir(catalogueDir)).filter(
  (name) => name.endsWith('.json') && name !== 'en.json',
)) {
  const other = await read(file);
  for (const key of Object.keys(english)) {
    if (!(key in other)) problems.push(`${file}: missing key ${key}`);
    else if (!other[key]?.trim()) problems.push(`${file}: empty message ${key}`);
    else if (placeholders(other[key]) !== placeholders(english[key] ?? ''))
      problems.push(`${file}: placeholders differ in ${key}`);
  }
  for (const key of Object.keys(other)) if (!(key in english)) problems.push(`${file}: extra key ${key}`);
}

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return sources(full);
      return Promise.resolve(entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : []);
    }),
  );
  return nested.flat();
}

const code = (
  await Promise.all((await sources(path.join(root, 'src'))).map((file) => readFile(file, 'utf8')))
).join('\n');
const used = new Set(
  [...code.matchAll(/\bt\.(?:t|plural)\(\s*'([\w.-]+)'/g)].map((match) => match[1] as string),
);
for (const key of used) {
  const known =
    key in english || Object.keys(english).some((candidate) => candidate.replace(pluralSuffix, '') === key);
  if (!known) problems.push(`en.json: key used in code but missing: ${key}`);
}
for (const key of Object.keys(english)) {
  const base = key.replace(pluralSuffix, '');
  if (!used.has(key) && !used.has(base) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix))) {
    problems.push(`en.json: key never used: ${key}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`i18n check failed: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`i18n check passed: ${Object.keys(english).length} keys in every catalogue.`);
