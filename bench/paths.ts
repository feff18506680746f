import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder of package.json). */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The shared real registry snapshot, read in place and never copied into the project. */
export const registryDir = fileURLToPath(new URL('../../shared/data/dpg-registry/', import.meta.url));

/** Where run.ts writes its results (git-ignored). */
export const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

/** A fresh empty folder under the system temp folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `dpg-bench-${prefix}-`));
}

/** Removes a folder made by {@link tempDir}. */
export function removeDir(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true });
}

/** The environment of a child process: this one's, minus anything that would point it at another database. */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.DATABASE_URL;
  delete env.PORT;
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}
