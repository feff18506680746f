// Languages vs Debian's cloc: on the same folders, in the same run, the time each takes (process start
// to exit) and the code lines per language. Writes bench/results/scan-languages.{json,md}.
// Usage: node bench/scan/languages.bench.ts [--runs N]
import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot, removeDir, resultsDir, tempDir } from '../paths.ts';
import { median } from '../stats.ts';

const run = promisify(execFile);
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 3;
const node = process.execPath;
const worker = path.join(projectRoot, 'bench/scan/language-worker.ts');

interface Counts {
  files: number;
  code: number;
}

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await task();
  return { ms: performance.now() - start, value };
}

async function clocVersion(): Promise<string | undefined> {
  try {
    return (await run('cloc', ['--version'])).stdout.trim();
  } catch {
    return undefined;
  }
}

type PerFile = Map<string, { language: string; code: number }>;

/** Files on which cloc gave up (its regular expressions ran past its time limit): it then counts no code. */
const clocTimeouts = new Set<string>();

async function runCloc(dir: string, exclude: string[]): Promise<PerFile> {
  const args = [
    '--by-file',
    '--json',
    '--skip-uniqueness',
    '--quiet',
    ...(exclude.length ? [`--exclude-dir=${exclude.join(',')}`] : []),
    '.',
  ];
  const { stdout, stderr } = await run('cloc', args, { cwd: dir, maxBuffer: 1024 * 1024 * 1024 });
  for (const match of stderr.matchAll(/exceeded timeout:\s+(\S+)/g))
    clocTimeouts.add(match[1]!.replace(/^\.\//, ''));
  const data = JSON.parse(stdout) as Record<string, { language?: string; code?: number }>;
  const files: PerFile = new Map();
  for (const [file, row] of Object.entries(data)) {
    if (file === 'header' || file === 'SUM' || row.language === undefined) continue;
    files.set(file.replace(/^\.\//, ''), { language: row.language, code: row.code ?? 0 });
  }
  return files;
}

async function runOurs(
  dir: string,
  vendored: boolean,
  full: boolean,
): Promise<{ files?: PerFile; breakdown?: { language: string; code: number }[] }> {
  const args = [worker, dir, ...(vendored ? ['--vendored'] : []), ...(full ? ['--full'] : [])];
  const { stdout } = await run(node, args, { maxBuffer: 1024 * 1024 * 1024 });
  const data = JSON.parse(stdout) as {
    files?: Record<string, [string, number, number, number]>;
    breakdown?: { language: string; code: number }[];
  };
  if (data.breakdown) return { breakdown: data.breakdown };
  return {
    files: new Map(
      Object.entries(data.files ?? {}).map(([file, [language, code]]) => [file, { language, code }]),
    ),
  };
}

function totals(files: PerFile, only?: (file: string) => boolean): Map<string, Counts> {
  const byLanguage = new Map<string, Counts>();
  for (const [file, row] of files) {
    if (only && !only(file)) continue;
    const entry = byLanguage.get(row.language) ?? { files: 0, code: 0 };
    entry.files++;
    entry.code += row.code;
    byLanguage.set(row.language, entry);
  }
  return byLanguage;
}

const pct = (ours: number, theirs: number) =>
  theirs === 0 ? (ours === 0 ? 0 : Infinity) : ((ours - theirs) / theirs) * 100;

const version = await clocVersion();
if (!version) {
  console.error('cloc is not installed: apt-get install -y cloc');
  process.exit(2);
}
// The project as a clone would hold it: a copy without node_modules, .git and the local data folders.
const copy = await tempDir('languages');
await cp(projectRoot, copy, {
  recursive: true,
  filter: (source) =>
    !/^(node_modules|\.git|data|\.tmp|bench\/results)(\/|$)/.test(path.relative(projectRoot, source)),
});
const targets = [
  {
    name: 'node_modules (vendored folders counted, as cloc does)',
    dir: path.join(projectRoot, 'node_modules'),
    vendored: true,
    exclude: [] as string[],
  },
  {
    name: 'this project (a copy without node_modules, .git, data)',
    dir: copy,
    vendored: false,
    exclude: [] as string[],
  },
];
const report: Record<string, unknown>[] = [];
const lines: string[] = [
  `# Languages vs cloc ${version}`,
  '',
  `Load average at start: ${loadavg()[0]!.toFixed(2)}; ${runs} runs each, medians.`,
  '',
];
for (const target of targets) {
  console.error(`${target.name}: cloc, language pass and full tree scan, ${runs} runs…`);
  const clocTimes: number[] = [];
  const ourTimes: number[] = [];
  const fullTimes: number[] = [];
  let cloc: PerFile = new Map();
  let ours: PerFile = new Map();
  clocTimeouts.clear();
  for (let i = 0; i < runs; i++) {
    const a = await timed(() => runCloc(target.dir, target.exclude));
    clocTimes.push(a.ms);
    cloc = a.value;
    const b = await timed(() => runOurs(target.dir, target.vendored, false));
    ourTimes.push(b.ms);
    ours = b.value.files!;
    const c = await timed(() => runOurs(target.dir, target.vendored, true));
    fullTimes.push(c.ms);
  }
  const clocTotals = totals(cloc);
  const ourTotals = totals(ours);
  const common = (file: string) =>
    cloc.get(file)?.language !== undefined && cloc.get(file)?.language === ours.get(file)?.language;
  const clocCommon = totals(cloc, common);
  const ourCommon = totals(ours, common);
  const languages = [...clocTotals.keys()]
    .filter((language) => ourTotals.has(language))
    .sort((a, b) => clocTotals.get(b)!.code - clocTotals.get(a)!.code);
  const rows = languages.map((language) => ({
    language,
    clocFiles: clocTotals.get(language)!.files,
    clocCode: clocTotals.get(language)!.code,
    ourFiles: ourTotals.get(language)!.files,
    ourCode: ourTotals.get(language)!.code,
    diffPercent: pct(ourTotals.get(language)!.code, clocTotals.get(language)!.code),
    sameFilesCloc: clocCommon.get(language)?.code ?? 0,
    sameFilesOurs: ourCommon.get(language)?.code ?? 0,
    sameFilesDiffPercent: pct(ourCommon.get(language)?.code ?? 0, clocCommon.get(language)?.code ?? 0),
  }));
  const onlyCloc = [...cloc.keys()].filter((file) => !ours.has(file));
  const onlyOurs = [...ours.keys()].filter((file) => !cloc.has(file));
  const relabelled = [...cloc.keys()].filter(
    (file) => ours.has(file) && ours.get(file)!.language !== cloc.get(file)!.language,
  );
  const summary = {
    target: target.name,
    clocMs: median(clocTimes),
    ourLanguagePassMs: median(ourTimes),
    ourFullTreeScanMs: median(fullTimes),
    speedup: median(clocTimes) / median(ourTimes),
    clocFiles: cloc.size,
    ourFiles: ours.size,
    onlyCloc: onlyCloc.length,
    onlyOurs: onlyOurs.length,
    relabelled: relabelled.length,
    examplesOnlyCloc: onlyCloc.slice(0, 8),
    examplesOnlyOurs: onlyOurs.slice(0, 8),
    examplesRelabelled: relabelled
      .slice(0, 8)
      .map((file) => `${file}: cloc ${cloc.get(file)!.language}, ours ${ours.get(file)!.language}`),
    withinTwoPercent: rows.filter((row) => Math.abs(row.diffPercent) <= 2).length,
    sameFilesWithinTwoPercent: rows.filter((row) => Math.abs(row.sameFilesDiffPercent) <= 2).length,
    languagesBothKnow: rows.length,
    clocTimeouts: [...clocTimeouts].map(
      (file) => `${file}: cloc ${cloc.get(file)?.code ?? 0} code lines, ours ${ours.get(file)?.code ?? 0}`,
    ),
    rows,
  };
  report.push(summary);
  lines.push(
    `## ${target.name}`,
    '',
    `cloc ${(summary.clocMs / 1000).toFixed(2)} s; our language pass ${(summary.ourLanguagePassMs / 1000).toFixed(2)} s (${summary.speedup.toFixed(1)}× faster); our whole tree scan (every detector) ${(summary.ourFullTreeScanMs / 1000).toFixed(2)} s.`,
    `Files counted: cloc ${summary.clocFiles}, ours ${summary.ourFiles}; only cloc ${summary.onlyCloc}, only ours ${summary.onlyOurs}, other language ${summary.relabelled}.`,
    `Languages both know: ${rows.length}; code within 2%: ${summary.withinTwoPercent} (own classification), ${summary.sameFilesWithinTwoPercent} (files both put in that language).`,
    '',
    '| language | cloc files | cloc code | our files | our code | diff | same files: cloc | same files: ours | diff |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.language} | ${row.clocFiles} | ${row.clocCode} | ${row.ourFiles} | ${row.ourCode} | ${row.diffPercent.toFixed(2)}% | ${row.sameFilesCloc} | ${row.sameFilesOurs} | ${row.sameFilesDiffPercent.toFixed(2)}% |`,
    ),
    '',
    summary.examplesOnlyCloc.length ? `Only cloc, e.g.: ${summary.examplesOnlyCloc.join(', ')}` : '',
    summary.examplesOnlyOurs.length ? `Only ours, e.g.: ${summary.examplesOnlyOurs.join(', ')}` : '',
    summary.examplesRelabelled.length ? `Other language, e.g.: ${summary.examplesRelabelled.join('; ')}` : '',
    summary.clocTimeouts.length
      ? `cloc gave up on (timeout, all lines counted as comment): ${summary.clocTimeouts.join('; ')}`
      : '',
    '',
  );
}
await removeDir(copy);
await mkdir(resultsDir, { recursive: true });
await writeFile(
  path.join(resultsDir, 'scan-languages.json'),
  JSON.stringify({ clocVersion: version, runs, report }, null, 2),
);
await writeFile(path.join(resultsDir, 'scan-languages.md'), lines.join('\n'));
console.log(lines.join('\n'));
