import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/**
 * A freshly initialised, empty PGlite data folder, saved once as a tarball. Creating a database in an
 * empty folder runs Postgres's initdb in WebAssembly (about 2 s); unpacking this template takes a
 * fraction of that. It holds no schema: migrations still run on top. Keyed by the PGlite version.
 */
const modules = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
const pgliteVersion = (() => {
  try {
    const manifest = readFileSync(path.join(modules, '@electric-sql', 'pglite', 'package.json'), 'utf8');
    return (JSON.parse(manifest) as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();
export const databaseTemplatePath = path.join(
  modules,
  '.cache',
  'dpg-toolkit',
  `pglite-${pgliteVersion}.tar.gz`,
);

/** The template, if it was made (by `npm install`'s prepare step or an earlier start). */
export async function readDatabaseTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(databaseTemplatePath)]);
  } catch {
    return undefined;
  }
}

/** Makes the template from an in-memory database and writes it atomically. */
export async function writeDatabaseTemplate(): Promise<string> {
  const pglite = await PGlite.create();
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  await mkdir(path.dirname(databaseTemplatePath), { recursive: true });
  const temporary = `${databaseTemplatePath}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.from(await dump.arrayBuffer()));
  await rename(temporary, databaseTemplatePath);
  return databaseTemplatePath;
}
