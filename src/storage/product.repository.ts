import { sql, type Kysely } from 'kysely';
import type { OrganisationContact } from '../core/catalog/personal-data.ts';
import type { Product, ProductSource } from '../core/catalog/product.ts';
import type { Database } from './schema.ts';

/** What a product is stored as. */
export interface ProductRow {
  slug: string;
  product: Product;
  record: Record<string, unknown>;
  screening: Record<string, unknown> | null;
  contentHash: string;
}

/** The stored product that came from this source record, if any. */
export async function findProductBySource(db: Kysely<Database>, source: ProductSource) {
  return db
    .selectFrom('products')
    .select(['id', 'slug', 'content_hash', 'screening', 'product'])
    .where('source_kind', '=', source.kind)
    .where('source_collection', '=', source.collection)
    .where('source_key', '=', source.key)
    .executeTakeFirst();
}

/** True when a product already uses this slug. */
export async function isSlugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  const row = await db.selectFrom('products').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

const columns = (row: ProductRow) => ({
  slug: row.slug,
  source_kind: row.product.source.kind,
  source_collection: row.product.source.collection,
  source_key: row.product.source.key,
  stage: row.product.stage,
  name: row.product.name,
  product: JSON.stringify(row.product),
  record: JSON.stringify(row.record),
  screening: row.screening === null ? null : JSON.stringify(row.screening),
  content_hash: row.contentHash,
});

/** Stores a new product; returns its id. */
export async function insertProduct(db: Kysely<Database>, row: ProductRow): Promise<number> {
  const { id } = await db
    .insertInto('products')
    .values(columns(row))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Replaces a stored product's content. */
export async function updateProduct(db: Kysely<Database>, id: number, row: ProductRow): Promise<void> {
  await db
    .updateTable('products')
    .set({ ...columns(row), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Replaces the personal fields kept apart for a product (none removes them). */
export async function saveContacts(
  db: Kysely<Database>,
  productId: number,
  contacts: readonly OrganisationContact[],
): Promise<void> {
  await db.deleteFrom('product_contacts').where('product_id', '=', productId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('product_contacts')
    .values({ product_id: productId, contacts: JSON.stringify(contacts) })
    .execute();
}

/** Every product, normalised, in id order. */
export async function listProducts(db: Kysely<Database>): Promise<Product[]> {
  const rows = await db.selectFrom('products').select('product').orderBy('id').execute();
  return rows.map((row) => row.product);
}

/** The product with this slug, if any. */
export async function findProductBySlug(db: Kysely<Database>, slug: string): Promise<Product | undefined> {
  const row = await db.selectFrom('products').select('product').where('slug', '=', slug).executeTakeFirst();
  return row?.product;
}

/** How many products there are and when one last changed: cheap to ask, changes with every write. */
export async function catalogRevision(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('products')
    .select([
      sql<string>`count(*)::text`.as('count'),
      sql<string>`coalesce(max(updated_at)::text, '')`.as('latest'),
    ])
    .executeTakeFirstOrThrow();
  return `${row.count}@${row.latest}`;
}

/** Source records for export, with personal fields only when asked for. */
export async function listRecordsForExport(db: Kysely<Database>, includePersonal: boolean) {
  const rows = await db
    .selectFrom('products')
    .leftJoin('product_contacts', 'product_contacts.product_id', 'products.id')
    .select(['products.product', 'products.record', 'products.screening', 'product_contacts.contacts'])
    .orderBy('products.id')
    .execute();
  return rows.map((row) => ({
    product: row.product,
    record: row.record,
    screening: row.screening,
    contacts: includePersonal ? (row.contacts ?? []) : [],
  }));
}
