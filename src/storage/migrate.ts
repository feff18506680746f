import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider, Migrator, type Kysely, type MigrationResult } from 'kysely';

/** The folder of the schema migrations, applied in name order. */
export const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Brings the schema to the latest migration; returns what ran. Throws when a migration fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: new FileMigrationProvider({ fs, path, migrationFolder }) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error)
    throw new Error(`A database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  return results;
}
