import autocannon, { type Result } from 'autocannon';
import type { BenchServer, LatencySummary } from './spawn-server.ts';
import { latencySummary, round } from './stats.ts';

/**
 * The catalogue requests under load (and a country page, which runs the readiness model on the open data
 * and scans the catalogue for the DPGs deployed there), and the static file that is their baseline.
 */
export const searchTargets = [
  { name: 'API search q+type+sdg', path: '/api/v1/products?q=health&type=software&sdg=3' },
  { name: 'API search with a typo', path: '/api/v1/products?q=primro' },
  { name: 'API filter stage+sector', path: '/api/v1/products?stage=dpg&sector=Health' },
  { name: 'API facets q+type', path: '/api/v1/facets?q=health&type=software' },
  { name: 'HTML catalogue, no query', path: '/products' },
  { name: 'HTML search q+type', path: '/products?q=education&type=content' },
  { name: 'HTML country page (readiness heat map)', path: '/countries/KE' },
] as const;
export const staticTarget = { name: 'static /static/app.css (baseline)', path: '/static/app.css' } as const;

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Length of the extra run with one connection (latency without queueing). */
  singleSeconds: number;
}

export interface LoadResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  /** Client-side latency from every response's own time (exact percentiles, includes queueing at 32 connections). */
  client: LatencySummary;
  /** autocannon's own percentiles (HDR histogram, whole ms): it has no p95. */
  autocannon: { p50: number; p97_5: number; p99: number };
  /** Server-side latency: parsed request to finished response, in the server process. */
  server: LatencySummary;
  /** Client-side latency with a single connection: one request at a time, no queueing. */
  single: LatencySummary;
  bytesPerResponse: number;
  errors: number;
  non2xx: number;
  /** Requests per second of this target over the static baseline. */
  ratioToStatic?: number;
}

function fire(url: string, connections: number, seconds: number, samples?: number[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    if (samples)
      instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) =>
        samples.push(time),
      );
  });
}

/** Loads one path: a warm-up whose figures are dropped, then the measured run. */
export async function loadPath(
  server: BenchServer,
  target: { name: string; path: string },
  options: LoadOptions,
): Promise<LoadResult> {
  const url = server.url + target.path;
  if (options.warmupSeconds > 0) await fire(url, options.connections, options.warmupSeconds);
  await server.take();
  const samples: number[] = [];
  const result = await fire(url, options.connections, options.seconds, samples);
  const serverSide = await server.take();
  const single: number[] = [];
  await fire(url, 1, options.singleSeconds, single);
  return {
    name: target.name,
    path: target.path,
    requestsPerSecond: round(result.latency.totalCount / result.duration, 1),
    client: latencySummary(samples),
    autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    server: serverSide,
    single: latencySummary(single),
    bytesPerResponse: round(result.throughput.total / Math.max(1, result.latency.totalCount)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Every search target then the static baseline, each in its own run against the same server. */
export async function searchLoad(
  server: BenchServer,
  options: LoadOptions,
  log: (line: string) => void,
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const target of [...searchTargets, staticTarget]) {
    log(`  load ${target.path} (${options.connections} connections, ${options.seconds} s)`);
    results.push(await loadPath(server, target, options));
  }
  const baseline = results.at(-1) as LoadResult;
  for (const result of results)
    result.ratioToStatic = round(result.requestsPerSecond / baseline.requestsPerSecond, 3);
  return results;
}
