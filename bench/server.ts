// A benchmark server in its own process: imports the real registry plus synthetic copies up to N products
// (argv[2], default 10000) into a temporary PGlite folder, starts the real server on a free port, prints one
// JSON line {url, build, startMs, rssMb} on stdout, and times every request server-side (from the parsed
// request to the finished response, via node:http's diagnostics channels). Over IPC, {type:'take'} answers
// the latency summary of the requests since the last take. Stops on SIGTERM or when the parent goes away.
import { subscribe } from 'node:diagnostics_channel';
import { loadConfig } from '../src/config.ts';
import { startServer, type RunningServer } from '../src/main.ts';
import { openDatabase } from '../src/storage/database.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { removeDir, tempDir } from './paths.ts';
import { latencySummary, round } from './stats.ts';
import { buildCatalog } from './synthetic-catalog.ts';

const target = Number(process.argv[2] ?? 10_000);
const dataDir = await tempDir('server');
const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', SEED_STARTER_CATALOG: 'false', HOST: '127.0.0.1' });

let server: RunningServer | undefined = undefined;
let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server?.close().catch(() => {});
  await removeDir(dataDir);
  process.exit(0);
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.once('disconnect', stop);

const db = await openDatabase(config);
await migrateToLatest(db);
const build = await buildCatalog(db, target);
await db.destroy();

const startedAt = new WeakMap<object, number>();
let samples: number[] = [];
subscribe('http.server.request.start', (message) => {
  startedAt.set((message as { response: object }).response, performance.now());
});
subscribe('http.server.response.finish', (message) => {
  const started = startedAt.get((message as { response: object }).response);
  if (started !== undefined) samples.push(performance.now() - started);
});

const before = performance.now();
server = await startServer(config, () => {});
const startMs = round(performance.now() - before);
console.log(
  JSON.stringify({ url: server.url, build, startMs, rssMb: round(process.memoryUsage().rss / 2 ** 20) }),
);

process.on('message', (message: { type?: string }) => {
  if (message.type !== 'take') return;
  const summary = latencySummary(samples);
  samples = [];
  process.send?.({ type: 'taken', summary });
});
