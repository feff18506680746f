// Licence detection vs Debian's licensecheck, on the same real licence files with known answers (see
// licence-corpus.ts), in the same run. Both tools run once over the whole corpus in their own process and
// are timed from start to exit. Writes bench/results/scan-licences.{json,md}.
// Usage: node bench/scan/licences.bench.ts [--runs N]
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { licenceFamily } from '../../src/core/scan/licences/spdx-expression.ts';
import { projectRoot, removeDir, resultsDir, tempDir } from '../paths.ts';
import { median } from '../stats.ts';
import { licenceCorpusFiles, type CorpusFile } from './licence-corpus.ts';

const run = promisify(execFile);
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 3;

/**
 * licensecheck's names (SPDX scheme asked for, Debian names where SPDX has none) → SPDX licence family.
 * Version-only GNU names ("GPL-2", "LGPL-2.1", "AGPLv3") name the family; "+"/"or later" are dropped
 * on both sides because no tool can tell -only from -or-later from a licence text alone.
 */
export function licensecheckFamilies(output: string): string[] {
  const names = output
    .split(/\s+and\/or\s+|\s+and\s+|,\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && !/^(UNKNOWN|\*No copyright\*|public-domain)$/i.test(name));
  return [...new Set(names.map(licensecheckFamily))];
}

function licensecheckFamily(name: string): string {
  const bare = name.replace(/\+$|[- ]or[- ]later$|-only$/i, '');
  const gnu = /^(A?GPL|LGPL|GFDL)[-v]?(\d)(?:\.(\d))?$/i.exec(bare);
  if (gnu) return `${gnu[1]!.toUpperCase()}-${gnu[2]}.${gnu[3] ?? '0'}`;
  const table: Record<string, string> = {
    Expat: 'MIT',
    'BSD-2-clause': 'BSD-2-Clause',
    'BSD-3-clause': 'BSD-3-Clause',
    'Apache-2': 'Apache-2.0',
    'MPL-2': 'MPL-2.0',
    CC0: 'CC0-1.0',
  };
  return table[bare] ?? bare;
}

/** Our family for an SPDX id: the same rule, so that the two tools are judged alike. */
const ourFamily = (id: string) => licenceFamily(id);

interface Judged {
  strict: number;
  lenient: number;
  misses: { path: string; expected: string; got: string[] }[];
}

function judge(corpus: CorpusFile[], answers: Map<string, string[]>): Judged {
  const result: Judged = { strict: 0, lenient: 0, misses: [] };
  for (const file of corpus) {
    const expected = ourFamily(file.expected);
    const got = answers.get(file.path) ?? [];
    if (got.length === 1 && got[0] === expected) result.strict++;
    else result.misses.push({ path: path.relative(projectRoot, file.path), expected, got });
    if (got.includes(expected)) result.lenient++;
  }
  return result;
}

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await task();
  return { ms: performance.now() - start, value };
}

let version: string;
try {
  const banner = (await run('licensecheck', ['--version'])).stdout.trim().split('\n')[0]!;
  version = `licensecheck ${/v?[\d.]+\s*$/.exec(banner)?.[0].trim() ?? banner}`;
} catch {
  console.error('licensecheck is not installed: apt-get install -y licensecheck');
  process.exit(2);
}
const corpus = await licenceCorpusFiles(path.join(projectRoot, 'node_modules'));
const work = await tempDir('licences');
const listFile = path.join(work, 'files.txt');
await writeFile(listFile, corpus.map((file) => file.path).join('\n'));
console.error(`${corpus.length} files; ${runs} runs of each tool…`);

const theirs = new Map<string, string[]>();
const ours = new Map<string, string[]>();
const theirTimes: number[] = [];
const ourTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const a = await timed(() =>
    run(
      'licensecheck',
      ['--machine', '--shortname-scheme=spdx', '--lines=0', '--check=.', ...corpus.map((file) => file.path)],
      { maxBuffer: 64 * 1024 * 1024 },
    ),
  );
  theirTimes.push(a.ms);
  for (const line of a.value.stdout.split('\n')) {
    const [file, names] = line.split('\t');
    if (file && names !== undefined) theirs.set(file, licensecheckFamilies(names));
  }
  const b = await timed(() =>
    run(process.execPath, [path.join(projectRoot, 'bench/scan/licence-match-worker.ts'), listFile], {
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  ourTimes.push(b.ms);
  for (const line of b.value.stdout.trim().split('\n')) {
    const row = JSON.parse(line) as { path: string; ids: string[] };
    ours.set(row.path, [...new Set(row.ids.map(ourFamily))]);
  }
}
await removeDir(work);

const judgedTheirs = judge(corpus, theirs);
const judgedOurs = judge(corpus, ours);
const bySource = (source: CorpusFile['source']) => corpus.filter((file) => file.source === source);
const summary = {
  licensecheck: version,
  loadAverage: loadavg()[0],
  files: corpus.length,
  fromNodeModules: bySource('node_modules').length,
  fromCommonLicences: bySource('common-licenses').length,
  licences: [...new Set(corpus.map((file) => file.expected))].length,
  runs,
  licensecheckMs: median(theirTimes),
  oursMs: median(ourTimes),
  licensecheckStrict: judgedTheirs.strict,
  licensecheckLenient: judgedTheirs.lenient,
  oursStrict: judgedOurs.strict,
  oursLenient: judgedOurs.lenient,
  licensecheckMisses: judgedTheirs.misses,
  ourMisses: judgedOurs.misses,
};
const byLicence = [...new Set(corpus.map((file) => file.expected))].sort().map((licence) => {
  const files = corpus.filter((file) => file.expected === licence);
  const right = (answers: Map<string, string[]>) =>
    files.filter((file) => {
      const got = answers.get(file.path) ?? [];
      return got.length === 1 && got[0] === ourFamily(licence);
    }).length;
  return { licence, files: files.length, licensecheck: right(theirs), ours: right(ours) };
});
const percent = (count: number) => `${((count / corpus.length) * 100).toFixed(1)}%`;
const lines = [
  `# Licence detection vs ${version}`,
  '',
  `Corpus: ${corpus.length} real licence files (${summary.fromNodeModules} from packages under node_modules whose package.json names one SPDX licence, ${summary.fromCommonLicences} from /usr/share/common-licenses), ${summary.licences} licences. Median of ${runs} runs; load average ${summary.loadAverage?.toFixed(2)}.`,
  'Strict: the tool names exactly the expected licence family and nothing else. Lenient: the expected family is among those named.',
  '',
  '| tool | strict | lenient | time (process start to exit) |',
  '| --- | ---: | ---: | ---: |',
  `| licensecheck --lines=0 | ${judgedTheirs.strict} (${percent(judgedTheirs.strict)}) | ${judgedTheirs.lenient} (${percent(judgedTheirs.lenient)}) | ${(summary.licensecheckMs / 1000).toFixed(2)} s |`,
  `| dpg-toolkit matcher | ${judgedOurs.strict} (${percent(judgedOurs.strict)}) | ${judgedOurs.lenient} (${percent(judgedOurs.lenient)}) | ${(summary.oursMs / 1000).toFixed(2)} s |`,
  '',
  '| expected licence | files | licensecheck right | ours right |',
  '| --- | ---: | ---: | ---: |',
  ...byLicence.map((row) => `| ${row.licence} | ${row.files} | ${row.licensecheck} | ${row.ours} |`),
  '',
  '## Our misses',
  ...judgedOurs.misses.map(
    (miss) => `- ${miss.path}: expected ${miss.expected}, got ${miss.got.join(' + ') || 'nothing'}`,
  ),
  '',
  '## licensecheck misses',
  ...judgedTheirs.misses.map(
    (miss) => `- ${miss.path}: expected ${miss.expected}, got ${miss.got.join(' + ') || 'nothing'}`,
  ),
  '',
];
await mkdir(resultsDir, { recursive: true });
await writeFile(
  path.join(resultsDir, 'scan-licences.json'),
  JSON.stringify({ ...summary, byLicence }, null, 2),
);
await writeFile(path.join(resultsDir, 'scan-licences.md'), lines.join('\n'));
console.log(lines.join('\n'));
