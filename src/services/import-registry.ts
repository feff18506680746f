import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  normaliseApplication,
  normaliseRegistryRecord,
  recordProblem,
  type RecordContext,
} from '../core/catalog/normalise-record.ts';
import { splitPersonalData, type OrganisationContact } from '../core/catalog/personal-data.ts';
import type { Product, ProductSource } from '../core/catalog/product.ts';
import { slugify } from '../core/catalog/slug.ts';
import { stableStringify } from '../core/catalog/stable-json.ts';
import {
  insertProducts,
  listStoredProducts,
  replaceContacts,
  updateProduct,
  type ProductRow,
  type StoredProduct,
} from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';
import type { RegistrySnapshot, SourceFile } from './registry-snapshot.ts';
import { inTransaction } from '../storage/in-transaction.ts';

/** What happened to one file. */
export const importStatuses = ['imported', 'updated', 'unchanged', 'skipped', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export interface ImportOutcome {
  path: string;
  status: ImportStatus;
  slug?: string;
  reason?: string;
}

/** The report of an import: one outcome per file, totals, and the country names no code matched. */
export interface ImportReport {
  outcomes: ImportOutcome[];
  counts: Record<ImportStatus, number>;
  unresolvedCountries: { name: string; products: string[] }[];
}

export interface ImportOptions {
  /** Marks the records as the project's own starter catalogue rather than registry data. */
  starter?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** What is stored, as the import sees it: by source, and the slugs in use. */
interface ImportState {
  bySource: Map<string, StoredProduct>;
  slugs: Set<string>;
}

/** A decision about one file, before anything is written. */
interface Planned {
  outcome: ImportOutcome;
  product?: Product;
  write?: { row: ProductRow; contacts: OrganisationContact[]; existing?: StoredProduct };
}

const sourceKey = (source: ProductSource) => `${source.kind}\u0000${source.collection}\u0000${source.key}`;

/**
 * Stores a registry snapshot. Idempotent (the same input changes nothing), one transaction per batch:
 * a batch is written whole or not at all, and its files are then reported failed with the reason.
 */
export async function importRegistry(
  db: Kysely<Database>,
  snapshot: RegistrySnapshot,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 100;
  const stored = await listStoredProducts(db);
  const state: ImportState = {
    bySource: new Map(stored.map((entry) => [sourceKey(entry.product.source), entry])),
    slugs: new Set(stored.map((entry) => entry.slug)),
  };
  const outcomes: ImportOutcome[] = [];
  const unresolved = new Map<string, Set<string>>();
  const files = snapshot.files;
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize);
    const working: ImportState = { bySource: new Map(state.bySource), slugs: new Set(state.slugs) };
    const planned = batch.map((file) => plan(file, snapshot, options, working));
    try {
      await inTransaction(db, (trx) => write(trx, planned, working));
      state.bySource = working.bySource;
      state.slugs = working.slugs;
      for (const { outcome, product } of planned) {
        outcomes.push(outcome);
        if (product) noteUnresolved(product, unresolved);
      }
    } catch (error) {
      const reason = `the batch was rolled back: ${error instanceof Error ? error.message : String(error)}`;
      for (const file of batch) outcomes.push({ path: file.path, status: 'failed', reason });
    }
    options.onProgress?.(Math.min(start + batchSize, files.length), files.length);
  }
  const counts = Object.fromEntries(importStatuses.map((status) => [status, 0])) as Record<
    ImportStatus,
    number
  >;
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return {
    outcomes,
    counts,
    unresolvedCountries: [...unresolved]
      .map(([name, products]) => ({ name, products: [...products].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function plan(
  file: SourceFile,
  snapshot: RegistrySnapshot,
  options: ImportOptions,
  state: ImportState,
): Planned {
  if (file.error !== undefined) return { outcome: { path: file.path, status: 'failed', reason: file.error } };
  const problem = recordProblem(file.record);
  if (problem) return { outcome: { path: file.path, status: 'skipped', reason: problem } };

  const raw = { ...(file.record as Record<string, unknown>) };
  if (file.format === 'api') delete raw.id;
  const { record, contacts } = splitPersonalData(raw);
  const source: ProductSource = {
    kind: options.starter ? 'starter' : file.format === 'webapp' ? 'dpga-webapp' : 'dpga-registry',
    collection: file.collection,
    key: file.key,
  };
  // A registry record takes the place of the starter record of the same product.
  const existing =
    state.bySource.get(sourceKey(source)) ??
    (source.kind === 'dpga-registry'
      ? state.bySource.get(sourceKey({ ...source, kind: 'starter' }))
      : undefined);
  const name = String(record.name).trim();

  if (!existing && file.format === 'webapp' && state.slugs.has(slugify(name))) {
    const reason = `an application for a product already in the catalogue (${slugify(name)})`;
    return { outcome: { path: file.path, status: 'skipped', slug: slugify(name), reason } };
  }

  const screening = file.screening ?? existing?.screening ?? null;
  const previous = existing?.product;
  const renewal = snapshot.renewals.get(file.key);
  const reviewedOn = renewal?.reviewedOn ?? previous?.reviewedOn;
  const expiresOn = renewal?.expiresOn ?? previous?.expiresOn;
  const exclusion =
    file.collection === 'excluded-nominees'
      ? (snapshot.exclusions.get(name.toLowerCase()) ?? previous?.exclusion)
      : undefined;
  const slug = existing?.slug ?? freeSlug(state.slugs, file.format === 'webapp' ? name : file.key, file);
  const context: RecordContext = {
    slug,
    source,
    ...(screening ? { screening } : {}),
    ...(reviewedOn ? { reviewedOn } : {}),
    ...(expiresOn ? { expiresOn } : {}),
    ...(exclusion ? { exclusion } : {}),
  };
  const product =
    file.format === 'webapp'
      ? normaliseApplication(record, context)
      : normaliseRegistryRecord(record, context);
  const contentHash = createHash('sha256')
    .update(stableStringify({ product, record, screening, contacts }))
    .digest('hex');

  if (existing && existing.contentHash === contentHash) {
    return { outcome: { path: file.path, status: 'unchanged', slug }, product };
  }
  const row: ProductRow = { slug, product, record, screening, contentHash };
  const stored: StoredProduct = { id: existing?.id ?? 0, slug, contentHash, screening, product };
  if (existing) state.bySource.delete(sourceKey(existing.product.source));
  state.bySource.set(sourceKey(source), stored);
  state.slugs.add(slug);
  return {
    outcome: { path: file.path, status: existing ? 'updated' : 'imported', slug },
    product,
    write: { row, contacts, ...(existing ? { existing } : {}) },
  };
}

async function write(db: Kysely<Database>, planned: Planned[], state: ImportState): Promise<void> {
  const writes = planned.flatMap((entry) => (entry.write ? [entry.write] : []));
  const inserts = writes.filter((entry) => !entry.existing);
  const ids = await insertProducts(
    db,
    inserts.map((entry) => entry.row),
  );
  inserts.forEach((entry, index) => {
    const stored = state.bySource.get(sourceKey(entry.row.product.source));
    if (stored) stored.id = ids[index]!;
  });
  for (const entry of writes) if (entry.existing) await updateProduct(db, entry.existing.id, entry.row);
  await replaceContacts(
    db,
    writes.map((entry) => ({
      productId: entry.existing?.id ?? ids[inserts.indexOf(entry)]!,
      contacts: entry.contacts,
    })),
  );
}

function freeSlug(taken: Set<string>, wanted: string, file: SourceFile): string {
  const base = slugify(wanted);
  const suffix =
    file.collection === 'archive'
      ? 'archived'
      : file.collection === 'excluded-nominees'
        ? 'excluded'
        : file.key;
  const candidates = [base, slugify(`${base}-${suffix}`)];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n += 1) {
    const candidate = `${candidates[1]}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function noteUnresolved(product: Product, into: Map<string, Set<string>>): void {
  for (const country of [...product.deploymentCountries, ...product.developmentCountries]) {
    if (country.code) continue;
    const products = into.get(country.name) ?? new Set<string>();
    products.add(product.slug);
    into.set(country.name, products);
  }
}
