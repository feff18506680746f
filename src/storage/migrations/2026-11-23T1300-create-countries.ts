import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('countries')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('alpha3', 'text', (column) => column.notNull())
    .addColumn('numeric', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('name_fr', 'text', (column) => column.notNull())
    .addColumn('region', 'text')
    .addColumn('sub_region', 'text')
    .addColumn('intermediate_region', 'text')
    .addColumn('income_group', 'text')
    .addColumn('currency', 'text')
    .addColumn('ldc', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('lldc', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('sids', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('country_indicators')
    .addColumn('country_code', 'text', (column) => column.notNull())
    .addColumn('indicator', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('edition', 'text', (column) => column.notNull())
    .addColumn('value', 'double precision')
    .addColumn('label', 'text')
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('country_indicators_pkey', ['country_code', 'indicator', 'source', 'year'])
    .execute();
  await db.schema
    .createIndex('country_indicators_indicator')
    .on('country_indicators')
    .columns(['indicator', 'year'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('country_indicators').execute();
  await db.schema.dropTable('countries').execute();
}
