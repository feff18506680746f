import { sql, type Kysely } from 'kysely';

/**
 * An assessment judges a catalogue product or a country (with an optional sector), never both: country
 * readiness and capacity needs are stored beside product assessments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('assessments')
    .addColumn('country_code', 'text')
    .addColumn('sector', 'text')
    .execute();
  await db.schema
    .alterTable('assessments')
    .addCheckConstraint('assessments_one_subject', sql`product_slug is null or country_code is null`)
    .execute();
  await db.schema
    .alterTable('assessments')
    .addCheckConstraint('assessments_sector_of_country', sql`sector is null or country_code is not null`)
    .execute();
  await db.schema
    .createIndex('assessments_country')
    .on('assessments')
    .columns(['country_code', 'model_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('assessments_country').execute();
  await db.schema.alterTable('assessments').dropConstraint('assessments_sector_of_country').execute();
  await db.schema.alterTable('assessments').dropConstraint('assessments_one_subject').execute();
  await db.schema.alterTable('assessments').dropColumn('sector').dropColumn('country_code').execute();
}
