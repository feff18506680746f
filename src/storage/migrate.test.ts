import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { migrateToLatest } from './migrate.ts';

test('migrations run once, leave the catalogue tables, and a second run does nothing', async () => {
  const { db, close } = await createTestDatabase();
  try {
    assert.deepEqual(await migrateToLatest(db), []);
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = current_schema() order by table_name
    `.execute(db);
    const names = tables.rows.map((row) => row.table_name);
    for (const name of ['products', 'product_contacts']) assert.ok(names.includes(name), name);
  } finally {
    await close();
  }
});
