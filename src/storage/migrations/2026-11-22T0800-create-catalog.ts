import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('id', 'serial', (column) => column.primaryKey())
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('source_kind', 'text', (column) => column.notNull())
    .addColumn('source_collection', 'text', (column) => column.notNull())
    .addColumn('source_key', 'text', (column) => column.notNull())
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('product', 'jsonb', (column) => column.notNull())
    .addColumn('record', 'jsonb', (column) => column.notNull())
    .addColumn('screening', 'jsonb')
    .addColumn('content_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('products_source_unique', ['source_kind', 'source_collection', 'source_key'])
    .execute();
  await db.schema
    .createTable('product_contacts')
    .addColumn('product_id', 'integer', (column) =>
      column.primaryKey().references('products.id').onDelete('cascade'),
    )
    .addColumn('contacts', 'jsonb', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('product_contacts').execute();
  await db.schema.dropTable('products').execute();
}
