import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scans')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('product_slug', 'text')
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('queued', 'running', 'done', 'failed')`),
    )
    .addColumn('progress', 'jsonb')
    .addColumn('result', 'jsonb')
    .addColumn('sbom', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('requested_by', 'uuid', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('scans_product').on('scans').columns(['product_slug', 'finished_at']).execute();
  await db.schema.createIndex('scans_status').on('scans').columns(['status', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scans').execute();
}
