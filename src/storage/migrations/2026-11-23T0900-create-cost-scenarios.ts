import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cost_scenarios')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('country', 'char(2)', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('products', 'jsonb', (column) => column.notNull())
    .addColumn('scenario', 'jsonb', (column) => column.notNull())
    .addColumn('revision', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('cost_scenarios_country_updated')
    .on('cost_scenarios')
    .columns(['country', 'updated_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cost_scenarios').execute();
}
