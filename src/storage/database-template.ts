import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest, migrationFolder } from './migrate.ts';

/**
 * A freshly initialised PGlite data folder with every migration applied and no data, saved once as a
 * tarball. Creating a database in an empty folder runs Postgres's initdb in WebAssembly (about 2 s) and
 * then the migrations; unpacking this template takes a fraction of that. Keyed by the PGlite version and
 * by a digest of the migration files, so a template made before a migration changed is never used.
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
const migrationsKey = (() => {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationFolder).sort())
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(path.join(migrationFolder, name)))
      .update('\0');
  return hash.digest('hex').slice(0, 12);
})();
export const databaseTemplatePath = path.join(
  modules,
  '.cache',
  'dpg-toolkit',
  `pglite-${pgliteVersion}-schema-${migrationsKey}.tar.gz`,
);

/** The template, if it was made (by `npm install`'s prepare step or an earlier start). */
export async function readDatabaseTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(databaseTemplatePath)]);
  } catch {
    return undefined;
  }
}

/** Makes the template from an in-memory database brought to the latest migration, and writes it atomically. */
export async function writeDatabaseTemplate(): Promise<string> {
  const pglite = await PGlite.create();
  await migrateToLatest(new Kysely({ dialect: new PGliteDialect(pglite) }));
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  await mkdir(path.dirname(databaseTemplatePath), { recursive: true });
  const temporary = `${databaseTemplatePath}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.from(await dump.arrayBuffer()));
  await rename(temporary, databaseTemplatePath);
  return databaseTemplatePath;
}
