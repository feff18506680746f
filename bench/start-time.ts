// Start time of `dpg serve`: a first start on an empty data folder (migrates and seeds the starter catalogue),
// then warm starts on the same folder, each timed from spawn to the "ready" line and to the first 200 of
// GET /products. Baseline: spawning `node -e 0` (the cost of starting any Node process).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { createInterface } from 'node:readline';
import { childEnv, projectRoot, registryDir, removeDir, tempDir } from './paths.ts';
import { median, round } from './stats.ts';

export interface StartRun {
  /** Spawn to the "DPG Toolkit is ready at …" line, ms. */
  readyMs: number;
  /** What the server itself printed in that line (startServer only, without Node and module loading), ms. */
  reportedMs: number;
  /** Spawn to the first 200 answer of GET /products, ms. */
  firstPageMs: number;
}

export interface StartTime {
  nodeBaselineMs: number;
  first: StartRun;
  warm: StartRun[];
  warmMedian: StartRun;
  /** A warm start once the whole real registry is imported into the same folder (about 850 more products). */
  warmWithRegistry: StartRun;
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', () => resolve(0));
  });
}

async function startOnce(dataDir: string): Promise<StartRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/dpg.js', 'serve', '--port', '0'], {
    cwd: projectRoot,
    env: childEnv({ DATA_DIR: dataDir }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  try {
    let ready: { readyMs: number; url: string; reportedMs: number } | undefined;
    for await (const line of createInterface({ input: child.stdout })) {
      const match = /ready at (\S+) \((\d+) ms\)/.exec(line);
      if (match) {
        ready = {
          readyMs: round(performance.now() - started),
          url: match[1] as string,
          reportedMs: Number(match[2]),
        };
        break;
      }
    }
    if (!ready) throw new Error('dpg serve exited before it was ready');
    while ((await status(`${ready.url}/products`)) !== 200)
      await new Promise((resolve) => setTimeout(resolve, 5));
    return {
      readyMs: ready.readyMs,
      reportedMs: ready.reportedMs,
      firstPageMs: round(performance.now() - started),
    };
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

async function importRegistryWithCli(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, ['bin/dpg.js', 'import', 'dpga', registryDir, '--json'], {
    cwd: projectRoot,
    env: childEnv({ DATA_DIR: dataDir }),
    stdio: 'ignore',
  });
  const [code] = await once(child, 'exit');
  if (code !== 0 && code !== 3) throw new Error(`dpg import dpga exited with ${String(code)}`);
}

async function nodeBaseline(runs: number): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await once(child, 'exit');
    times.push(performance.now() - started);
  }
  return round(median(times));
}

/** One first start and `warmRuns` second starts on one fresh data folder. */
export async function measureStart(warmRuns: number): Promise<StartTime> {
  const nodeBaselineMs = await nodeBaseline(5);
  const dataDir = await tempDir('start');
  try {
    const first = await startOnce(dataDir);
    const warm: StartRun[] = [];
    for (let n = 0; n < warmRuns; n += 1) warm.push(await startOnce(dataDir));
    const byReady = [...warm].sort((a, b) => a.readyMs - b.readyMs);
    await importRegistryWithCli(dataDir);
    const warmWithRegistry = await startOnce(dataDir);
    return {
      nodeBaselineMs,
      first,
      warm,
      warmMedian: byReady[Math.floor(byReady.length / 2)] as StartRun,
      warmWithRegistry,
    };
  } finally {
    await removeDir(dataDir);
  }
}
