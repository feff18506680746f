import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import type { Database } from '../../src/storage/schema.ts';

/** Where the shared real-data snapshots live, beside the project. */
export const sharedData = new URL('../../../shared/data/', import.meta.url).pathname;

/**
 * A fresh, migrated database for one test: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (CI runs the suite both ways). `close` drops it.
 */
export async function createTestDatabase(): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(db);
    return { db, close: () => db.destroy() };
  }
  const name = `dpg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.href, max: 4 }) }),
  });
  await migrateToLatest(db);
  return {
    db,
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: databaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
