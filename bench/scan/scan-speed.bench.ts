// The scan speed bar: a scan takes at most 1.5× the time git needs to walk the same history
// (`git log --numstat`, measured in the same run on the same repository), and its peak memory.
//   node bench/scan/scan-speed.bench.ts [--quick]
// Writes bench/results/scan-speed.json.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fixtureEnv } from '../../test/support/git-fixture.ts';
import { projectRoot, resultsDir } from '../paths.ts';
import { median, round } from '../stats.ts';
import { fullSettings, quickSettings, syntheticRepository } from './synthetic-repository.ts';

const quick = process.argv.includes('--quick');
const settings = quick ? quickSettings : fullSettings;
const runs = 3;
const log = (line: string) => console.error(line);
const node = process.execPath;

/** Runs a command to its end, discarding its output; returns the wall time and the bytes it printed. */
function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; bytes: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      tail = (tail + chunk.toString('utf8')).slice(-4096);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - started, bytes, stdout: tail })
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

interface WorkerRun {
  ms: number;
  maxRssMb: number;
  commits: number;
  processMs: number;
}

async function worker(mode: 'scan' | 'history', dir: string): Promise<WorkerRun> {
  const run = await timed(
    node,
    [path.join(projectRoot, 'bench/scan/scan-speed-worker.ts'), mode, dir],
    process.env,
  );
  const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
  return { ...(JSON.parse(line) as Omit<WorkerRun, 'processMs'>), processMs: run.ms };
}

const loadAtStart = round(loadavg()[0] ?? 0, 2);
if (loadAtStart > 0.5) log(`Warning: load average ${loadAtStart} before the run; figures will be noisy.`);
const dir = await syntheticRepository(settings, log);
const gitArgs = ['--no-pager', '-C', dir, 'log', '--numstat', 'main'];
/** The walk alone, no diffs: the `git log` our history pass runs, for the history-only ratio. */
const walkArgs = ['--no-pager', '-C', dir, 'log', '--pretty=raw', '-z', 'main'];
const baseline: number[] = [];
const walks: number[] = [];
const scans: WorkerRun[] = [];
const histories: WorkerRun[] = [];
let baselineBytes = 0;
log(`Warm-up (page cache): git log --numstat and one scan…`);
await timed('git', gitArgs, fixtureEnv());
await worker('scan', dir);
for (let run = 1; run <= runs; run += 1) {
  log(`Run ${run} of ${runs}…`);
  const git = await timed('git', gitArgs, fixtureEnv());
  baseline.push(git.ms);
  baselineBytes = git.bytes;
  walks.push((await timed('git', walkArgs, fixtureEnv())).ms);
  scans.push(await worker('scan', dir));
  histories.push(await worker('history', dir));
}

const scanMs = median(scans.map((run) => run.ms));
const baselineMs = median(baseline);
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
  loadAverage: { start: loadAtStart, end: round(loadavg()[0] ?? 0, 2) },
  repository: {
    ...settings,
    tags: Math.floor(settings.commits / 1000),
    merges: Math.floor(settings.commits / 500),
  },
  runs,
  baseline: {
    command: `git ${gitArgs.slice(3).join(' ')}`,
    medianMs: round(baselineMs),
    runsMs: baseline.map((ms) => round(ms)),
    outputMb: round(baselineBytes / 2 ** 20, 1),
  },
  scan: {
    medianMs: round(scanMs),
    runsMs: scans.map((run) => round(run.ms)),
    processMedianMs: round(median(scans.map((run) => run.processMs))),
    peakRssMb: round(Math.max(...scans.map((run) => run.maxRssMb)), 1),
    commits: scans[0]?.commits,
  },
  historyOnly: {
    medianMs: round(median(histories.map((run) => run.ms))),
    peakRssMb: round(Math.max(...histories.map((run) => run.maxRssMb)), 1),
    walk: { command: `git ${walkArgs.slice(3).join(' ')}`, medianMs: round(median(walks)) },
    ratioToWalk: round(median(histories.map((run) => run.ms)) / median(walks), 2),
  },
  ratio: round(scanMs / baselineMs, 2),
  bar: 1.5,
};
await mkdir(resultsDir, { recursive: true });
await writeFile(
  path.join(resultsDir, quick ? 'scan-speed-quick.json' : 'scan-speed.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(`
| measure | median of ${runs} | peak RSS |
| --- | --- | --- |
| baseline \`${results.baseline.command}\` (${settings.commits.toLocaleString('en')} commits, ${settings.files.toLocaleString('en')} files) | ${results.baseline.medianMs} ms | |
| full scan (scanRepository: history, tags, tree facts) | ${results.scan.medianMs} ms (process ${results.scan.processMedianMs} ms) | ${results.scan.peakRssMb} MB |
| history and tags only | ${results.historyOnly.medianMs} ms | ${results.historyOnly.peakRssMb} MB |
| the walk alone, \`${results.historyOnly.walk.command}\` | ${results.historyOnly.walk.medianMs} ms (history ÷ walk ${results.historyOnly.ratioToWalk}) | |
| ratio scan ÷ baseline | ${results.ratio} (bar ≤ ${results.bar}: ${results.ratio <= results.bar ? 'met' : 'NOT met'}) | |

Load average ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end.`);
