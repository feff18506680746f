import { mkdir, readdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { readDatabaseTemplate } from './database-template.ts';
import type { Database } from './schema.ts';

/** Where the data lives: a PostgreSQL URL, or a folder for the embedded database ("memory://" for none). */
export interface DatabaseLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Opens the database: PostgreSQL when a URL is given, else PGlite (Postgres in WASM) in the data folder. */
export async function openDatabase(location: DatabaseLocation): Promise<Kysely<Database>> {
  if (location.databaseUrl) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  let template: Blob | undefined;
  if (location.dataDir.startsWith('memory://')) template = await readDatabaseTemplate();
  else {
    await mkdir(location.dataDir, { recursive: true });
    if ((await readdir(location.dataDir)).length === 0) template = await readDatabaseTemplate();
  }
  const pglite = await PGlite.create(location.dataDir, template ? { loadDataDir: template } : {});
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}
