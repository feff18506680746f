import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from './database.ts';
import { databaseTemplatePath, writeDatabaseTemplate } from './database-template.ts';
import { migrateToLatest } from './migrate.ts';

test('a database made from the template already has every migration, in a folder and in memory', async () => {
  assert.equal(await writeDatabaseTemplate(), databaseTemplatePath);
  assert.match(path.basename(databaseTemplatePath), /^pglite-[\w.]+-schema-[0-9a-f]{12}\.tar\.gz$/);
  const folder = await mkdtemp(path.join(tmpdir(), 'dpg-template-'));
  try {
    for (const dataDir of [folder, 'memory://']) {
      const db = await openDatabase({ dataDir });
      try {
        assert.deepEqual(await migrateToLatest(db), [], `${dataDir}: nothing left to migrate`);
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from products`.execute(db);
        assert.equal(rows[0]?.n, 0, 'the template holds the schema and no data');
      } finally {
        await db.destroy();
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
