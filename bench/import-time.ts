// Import time of the whole real registry snapshot into a fresh PGlite folder. Run directly, this file does one
// import and prints its phases as JSON; measureImport() runs it in fresh processes (a cold PGlite each time),
// and also times the user's path, `dpg import dpga <snapshot>`, from spawn to exit.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { importRegistry } from '../src/services/import-registry.ts';
import { readRegistryDirectory } from '../src/services/read-registry-directory.ts';
import { openDatabase } from '../src/storage/database.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { childEnv, projectRoot, registryDir, removeDir, tempDir } from './paths.ts';
import { median, round } from './stats.ts';

/** One import, phase by phase, in ms. */
export interface ImportRun {
  /** Reading and parsing the snapshot's files (no database). */
  readMs: number;
  /** PGlite.create on an empty folder (initdb). */
  openMs: number;
  migrateMs: number;
  /** importRegistry: normalising and writing every record. */
  writeMs: number;
  closeMs: number;
  /** read + open + migrate + write + close. */
  totalMs: number;
  files: number;
  imported: number;
}

export interface ImportTime {
  runs: ImportRun[];
  median: ImportRun;
  /** `node bin/dpg.js import dpga <snapshot>` on a fresh folder, spawn to exit, ms. */
  cliRunsMs: number[];
  cliMedianMs: number;
}

async function importOnce(): Promise<ImportRun> {
  const dataDir = await tempDir('import');
  try {
    const t0 = performance.now();
    const snapshot = await readRegistryDirectory(registryDir);
    const t1 = performance.now();
    const db = await openDatabase({ dataDir });
    const t2 = performance.now();
    await migrateToLatest(db);
    const t3 = performance.now();
    const report = await importRegistry(db, snapshot);
    const t4 = performance.now();
    await db.destroy();
    const t5 = performance.now();
    const ms = (a: number, b: number) => round(b - a);
    return {
      readMs: ms(t0, t1),
      openMs: ms(t1, t2),
      migrateMs: ms(t2, t3),
      writeMs: ms(t3, t4),
      closeMs: ms(t4, t5),
      totalMs: ms(t0, t5),
      files: snapshot.files.length,
      imported: report.counts.imported,
    };
  } finally {
    await removeDir(dataDir);
  }
}

async function run(args: string[], env: Record<string, string>): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const [code] = await once(child, 'exit');
  const ms = round(performance.now() - started);
  if (code !== 0 && code !== 3) throw new Error(`${args.join(' ')} exited with ${String(code)}`);
  return { ms, stdout };
}

/** `runs` imports, each in a fresh process and folder, then as many through the CLI. */
export async function measureImport(runs: number): Promise<ImportTime> {
  const self = fileURLToPath(import.meta.url);
  const results: ImportRun[] = [];
  for (let n = 0; n < runs; n += 1) results.push(JSON.parse((await run([self], {})).stdout) as ImportRun);
  const cliRunsMs: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const dataDir = await tempDir('import-cli');
    try {
      cliRunsMs.push(
        (await run(['bin/dpg.js', 'import', 'dpga', registryDir, '--json'], { DATA_DIR: dataDir })).ms,
      );
    } finally {
      await removeDir(dataDir);
    }
  }
  const byTotal = [...results].sort((a, b) => a.totalMs - b.totalMs);
  return {
    runs: results,
    median: byTotal[Math.floor(byTotal.length / 2)] as ImportRun,
    cliRunsMs,
    cliMedianMs: median(cliRunsMs),
  };
}

if (import.meta.main) console.log(JSON.stringify(await importOnce()));
