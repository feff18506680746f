import { sql, type Kysely } from 'kysely';
import type { OrganisationContact } from '../core/catalog/personal-data.ts';
import type { Product } from '../core/catalog/product.ts';
import type { Database } from './schema.ts';

/** What a product is stored as. */
export interface ProductRow {
  slug: string;
  product: Product;
  record: Record<string, unknown>;
  screening: Record<string, unknown> | null;
  contentHash: string;
}

/** What an import needs to know of a stored product. */
export interface StoredProduct {
  id: number;
  slug: string;
  contentHash: string;
  screening: Record<string, unknown> | null;
  product: Product;
}

/** Every stored product as an import sees it, in one query. */
export async function listStoredProducts(db: Kysely<Database>): Promise<StoredProduct[]> {
  const rows = await db
    .selectFrom('products')
    .select(['id', 'slug', 'content_hash', 'screening', 'product'])
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    contentHash: row.content_hash,
    screening: row.screening,
    product: row.product,
  }));
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

/** Stores new products in one statement; returns their ids in the same order. */
export async function insertProducts(db: Kysely<Database>, rows: readonly ProductRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('products')
    .values(rows.map(columns))
    .returning(['id', 'slug'])
    .execute();
  const bySlug = new Map(inserted.map((row) => [row.slug, row.id]));
  return rows.map((row) => bySlug.get(row.slug)!);
}

/** Replaces a stored product's content. */
export async function updateProduct(db: Kysely<Database>, id: number, row: ProductRow): Promise<void> {
  await db
    .updateTable('products')
    .set({ ...columns(row), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Replaces the personal fields kept apart for these products (an empty list removes them). */
export async function replaceContacts(
  db: Kysely<Database>,
  entries: readonly { productId: number; contacts: readonly OrganisationContact[] }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .deleteFrom('product_contacts')
    .where(
      'product_id',
      'in',
      entries.map((entry) => entry.productId),
    )
    .execute();
  const rows = entries
    .filter((entry) => entry.contacts.length > 0)
    .map((entry) => ({ product_id: entry.productId, contacts: JSON.stringify(entry.contacts) }));
  if (rows.length > 0) await db.insertInto('product_contacts').values(rows).execute();
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
