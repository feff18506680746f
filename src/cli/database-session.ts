import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import { openDatabase } from '../storage/database.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import type { Database } from '../storage/schema.ts';

/** Opens and migrates the configured database, runs the work, and always closes it. */
export async function withDatabase<T>(
  config: Config,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(config);
  try {
    await migrateToLatest(db);
    return await work(db);
  } finally {
    await db.destroy();
  }
}
