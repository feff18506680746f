import type { ImportTime } from './import-time.ts';
import type { PageWeight } from './page-weight.ts';
import type { LoadResult } from './search-load.ts';
import type { BenchServer } from './spawn-server.ts';
import type { StartTime } from './start-time.ts';
import { round } from './stats.ts';

/** Everything one `npm run bench` measured; written to bench/results/latest.json. */
export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    loadAverage: Record<string, number>;
  };
  settings: {
    products: number;
    connections: number;
    seconds: number;
    warmupSeconds: number;
    singleSeconds: number;
    runs: number;
  };
  importTime: ImportTime;
  startTime: StartTime;
  catalogue: Pick<BenchServer, 'build' | 'startMs' | 'rssMb'>;
  pageWeight: PageWeight;
  searchLoad: LoadResult[];
  bars: Bar[];
}

/** One bar of the issue: the figure, its limit, and the figure of its baseline in the same run. */
export interface Bar {
  benchmark: string;
  measured: number;
  limit: number;
  unit: string;
  met: boolean;
  baseline: string;
  ratio: number;
}

const kb = 1024;

/** The bars, checked against the figures (reported only, never asserted). */
export function bars(results: Omit<BenchResults, 'bars'>): Bar[] {
  const list: Bar[] = [];
  const add = (
    benchmark: string,
    measured: number,
    limit: number,
    unit: string,
    baseline: string,
    ratio: number,
  ) =>
    list.push({ benchmark, measured, limit, unit, met: measured <= limit, baseline, ratio: round(ratio, 2) });
  const staticLoad = results.searchLoad.at(-1) as LoadResult;
  for (const load of results.searchLoad.slice(0, -1)) {
    add(
      `p95 server-side, ${load.path} (${results.settings.products} products, ${results.settings.connections} conn.)`,
      load.server.p95,
      25,
      'ms',
      `static app.css ${staticLoad.requestsPerSecond} req/s; ratio = req/s of this / static`,
      load.requestsPerSecond / staticLoad.requestsPerSecond,
    );
  }
  const page = results.pageWeight;
  const decoded = page.resources.reduce((sum, resource) => sum + resource.decodedBytes, 0);
  add(
    `page weight: /products (${page.results} results) + app.css + app.js, gzip/br bodies`,
    round(page.bodyBytes / kb, 1),
    60,
    'KiB',
    `uncompressed ${round(decoded / kb, 1)} KiB; ratio = on the wire / uncompressed`,
    page.bodyBytes / decoded,
  );
  const imported = results.importTime.median;
  add(
    `import of the real snapshot (${imported.files} files) into a fresh PGlite, median of ${results.importTime.runs.length}`,
    round(imported.totalMs / 1000, 2),
    3,
    's',
    `reading the files alone ${imported.readMs} ms; ratio = total / read`,
    imported.totalMs / imported.readMs,
  );
  const start = results.startTime;
  add(
    `second start of dpg serve, spawn to ready, median of ${start.warm.length}`,
    round(start.warmMedian.readyMs / 1000, 2),
    2,
    's',
    `node -e 0 ${start.nodeBaselineMs} ms; ratio = ready / node -e 0`,
    start.warmMedian.readyMs / start.nodeBaselineMs,
  );
  add(
    `second start of dpg serve, spawn to first 200 of GET /products`,
    round(start.warmMedian.firstPageMs / 1000, 2),
    2,
    's',
    `node -e 0 ${start.nodeBaselineMs} ms; ratio = first page / node -e 0`,
    start.warmMedian.firstPageMs / start.nodeBaselineMs,
  );
  return list;
}

type Cell = string | number;

/** A plain-text table with aligned columns. */
export function textTable(headers: string[], rows: Cell[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells: Cell[]) =>
    cells.map((cell, column) => String(cell).padEnd(widths[column] as number)).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown, for bench/README.md. */
export function markdownTable(headers: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) =>
    `| ${cells.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The bars table: figure, bar, verdict, baseline, ratio. */
export function barTable(list: Bar[]): { headers: string[]; rows: Cell[][] } {
  return {
    headers: ['benchmark', 'measured', 'bar', 'verdict', 'baseline (same run)', 'ratio'],
    rows: list.map((bar) => [
      bar.benchmark,
      `${bar.measured} ${bar.unit}`,
      `≤ ${bar.limit} ${bar.unit}`,
      bar.met ? 'met' : 'MISSED',
      bar.baseline,
      bar.ratio,
    ]),
  };
}

/** The load runs in detail: throughput, client and server percentiles. */
export function loadTable(loads: LoadResult[]): { headers: string[]; rows: Cell[][] } {
  return {
    headers: [
      'path',
      'req/s',
      'ratio to static',
      'server p50/p95/p99 ms',
      'client p50/p95/p99 ms',
      'autocannon p50/p97.5/p99 ms',
      '1 connection p50/p95 ms',
      'bytes/resp',
      'errors/non-2xx',
    ],
    rows: loads.map((load) => [
      load.path,
      load.requestsPerSecond,
      load.ratioToStatic ?? '',
      `${load.server.p50} / ${load.server.p95} / ${load.server.p99}`,
      `${load.client.p50} / ${load.client.p95} / ${load.client.p99}`,
      `${load.autocannon.p50} / ${load.autocannon.p97_5} / ${load.autocannon.p99}`,
      `${load.single.p50} / ${load.single.p95}`,
      load.bytesPerResponse,
      `${load.errors} / ${load.non2xx}`,
    ]),
  };
}
