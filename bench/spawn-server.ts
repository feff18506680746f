import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { childEnv, projectRoot } from './paths.ts';
import type { latencySummary } from './stats.ts';
import type { CatalogBuild } from './synthetic-catalog.ts';

export type LatencySummary = ReturnType<typeof latencySummary>;

/** A bench/server.ts child process, seen from the benchmark. */
export interface BenchServer {
  url: string;
  build: CatalogBuild;
  /** Time of startServer (migrations check + index build + listen) in the child, ms. */
  startMs: number;
  rssMb: number;
  /** Server-side latency of the requests since the last call. */
  take(): Promise<LatencySummary>;
  stop(): Promise<void>;
}

/** Starts `node bench/server.ts <products>` and waits for the line with its URL. */
export async function spawnBenchServer(products: number): Promise<BenchServer> {
  const script = fileURLToPath(new URL('./server.ts', import.meta.url));
  const child = spawn(process.execPath, [script, String(products)], {
    cwd: projectRoot,
    env: childEnv({}),
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  if (!child.stdout) throw new Error('bench/server.ts has no stdout');
  const lines = createInterface({ input: child.stdout });
  const ready = (async () => {
    for await (const line of lines) {
      if (line.startsWith('{'))
        return JSON.parse(line) as Pick<BenchServer, 'url' | 'build' | 'startMs' | 'rssMb'>;
    }
    throw new Error('bench/server.ts exited before it was ready');
  })();
  const failed = exited.then(([code]) =>
    Promise.reject(new Error(`bench/server.ts exited early (${String(code)})`)),
  );
  failed.catch(() => {});
  const info = await Promise.race([ready, failed]);
  return {
    ...info,
    take: async () => {
      const answer = once(child, 'message') as Promise<[{ type: string; summary: LatencySummary }]>;
      child.send({ type: 'take' });
      return (await answer)[0].summary;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
