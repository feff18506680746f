// `npm run bench`: every benchmark of bench/README.md, a readable table on stdout, and
// bench/results/latest.json (+ latest.md, the tables in Markdown). `--quick` shortens every run (for trying).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, totalmem } from 'node:os';
import path from 'node:path';
import { measureImport } from './import-time.ts';
import { pageWeight } from './page-weight.ts';
import { resultsDir } from './paths.ts';
import { barTable, bars, loadTable, markdownTable, textTable, type BenchResults } from './report.ts';
import { searchLoad } from './search-load.ts';
import { spawnBenchServer } from './spawn-server.ts';
import { measureStart } from './start-time.ts';
import { round } from './stats.ts';

const quick = process.argv.includes('--quick');
const settings = {
  products: quick ? 2_000 : 10_000,
  connections: 32,
  seconds: quick ? 2 : 10,
  warmupSeconds: quick ? 1 : 2,
  singleSeconds: quick ? 1 : 3,
  runs: 3,
};
const log = (line: string) => console.error(line);
/** 1-minute load average at each step: other work on this 2-core machine skews every figure. */
const load: Record<string, number> = {};
const noteLoad = (step: string) => (load[step] = round(loadavg()[0] as number, 2));

noteLoad('start');
if ((load.start as number) > 0.5)
  log(`Warning: load average ${load.start} before the run; figures will be noisy.`);

log(`Import time (${settings.runs} runs, fresh process and folder each)…`);
const importTime = await measureImport(settings.runs);
noteLoad('afterImport');
log('Start time of dpg serve…');
const startTime = await measureStart(settings.runs);
noteLoad('afterStart');
log(`Catalogue of ${settings.products} products in bench/server.ts (import takes a while)…`);
const server = await spawnBenchServer(settings.products);
let measured;
try {
  log(`  ${server.build.totalProducts} products at ${server.url}; page weight…`);
  const weight = await pageWeight(server.url);
  const loads = await searchLoad(server, settings, log);
  measured = { weight, loads };
} finally {
  await server.stop();
}
noteLoad('afterLoad');

const partial: Omit<BenchResults, 'bars'> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${platform()} ${process.arch}`,
    loadAverage: load,
  },
  settings,
  importTime,
  startTime,
  catalogue: { build: server.build, startMs: server.startMs, rssMb: server.rssMb },
  pageWeight: measured.weight,
  searchLoad: measured.loads,
};
const results: BenchResults = { ...partial, bars: bars(partial) };

const barsView = barTable(results.bars);
const loadView = loadTable(results.searchLoad);
const i = results.importTime.median;
const s = results.startTime;
const details = [
  `import phases (median run, ms): read ${i.readMs}, open PGlite ${i.openMs}, migrate ${i.migrateMs}, write ${i.writeMs}, close ${i.closeMs}; all runs ${results.importTime.runs.map((run) => run.totalMs).join(', ')}; CLI spawn-to-exit ${results.importTime.cliRunsMs.join(', ')}`,
  `dpg serve (ms): first start (seeds) ready ${s.first.readyMs} / first page ${s.first.firstPageMs}; second starts ready ${s.warm.map((run) => run.readyMs).join(', ')} (server's own figure ${s.warm.map((run) => run.reportedMs).join(', ')}); with the real registry imported ready ${s.warmWithRegistry.readyMs} / first page ${s.warmWithRegistry.firstPageMs}; node -e 0 ${s.nodeBaselineMs}`,
  `catalogue server: ${results.catalogue.build.totalProducts} products (${results.catalogue.build.realProducts} real), built in ${round(results.catalogue.build.importMs / 1000, 1)} s; startServer ${results.catalogue.startMs} ms; RSS ${results.catalogue.rssMb} MB`,
  `1-minute load average: ${Object.entries(load)
    .map(([step, value]) => `${step} ${value}`)
    .join(', ')} (the benchmark itself uses up to 2 cores)`,
  `page weight: ${results.pageWeight.resources.map((r) => `${r.path} ${r.bodyBytes} B ${r.encoding} (${r.decodedBytes} B decoded, ${r.headerBytes} B headers)`).join('; ')}`,
];
const machine = `${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB, Node ${results.machine.node}, ${results.machine.platform}`;

console.log(`\nDPG Toolkit benchmarks, ${results.date} — ${machine}\n`);
console.log(textTable(barsView.headers, barsView.rows));
console.log(
  `\nLoad runs (${settings.connections} connections, ${settings.seconds} s each, after ${settings.warmupSeconds} s warm-up; then ${settings.singleSeconds} s with 1 connection):\n`,
);
console.log(textTable(loadView.headers, loadView.rows));
console.log(`\n${details.join('\n')}`);

await mkdir(resultsDir, { recursive: true });
await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = [
  `Run of ${results.date} on ${machine}.`,
  markdownTable(barsView.headers, barsView.rows),
  markdownTable(loadView.headers, loadView.rows),
  details.map((line) => `- ${line}`).join('\n'),
].join('\n\n');
await writeFile(path.join(resultsDir, 'latest.md'), `${markdown}\n`);
console.log(
  `\nWritten: bench/results/latest.json, bench/results/latest.md${quick ? ' (quick run: not the figures of record)' : ''}`,
);
