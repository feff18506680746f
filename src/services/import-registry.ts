import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  normaliseApplication,
  normaliseRegistryRecord,
  recordProblem,
} from '../core/catalog/normalise-record.ts';
import { splitPersonalData } from '../core/catalog/personal-data.ts';
import type { Product, ProductSource } from '../core/catalog/product.ts';
import { slugify } from '../core/catalog/slug.ts';
import { stableStringify } from '../core/catalog/stable-json.ts';
import {
  findProductBySource,
  insertProduct,
  isSlugTaken,
  saveContacts,
  updateProduct,
} from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';
import type { RegistrySnapshot, SourceFile } from './registry-snapshot.ts';

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

/** Stores a registry snapshot: idempotent (same input, no change), one transaction per batch. */
export async function importRegistry(
  db: Kysely<Database>,
  snapshot: RegistrySnapshot,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 100;
  const outcomes: ImportOutcome[] = [];
  const unresolved = new Map<string, Set<string>>();
  const files = snapshot.files;
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize);
    try {
      const results = await db.transaction().execute(async (trx) => {
        const done: { outcome: ImportOutcome; product?: Product }[] = [];
        for (const file of batch) done.push(await importFile(trx, file, snapshot, options));
        return done;
      });
      for (const { outcome, product } of results) {
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

async function importFile(
  db: Kysely<Database>,
  file: SourceFile,
  snapshot: RegistrySnapshot,
  options: ImportOptions,
): Promise<{ outcome: ImportOutcome; product?: Product }> {
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
    (await findProductBySource(db, source)) ??
    (source.kind === 'dpga-registry'
      ? await findProductBySource(db, { ...source, kind: 'starter' })
      : undefined);
  const name = String(record.name).trim();

  if (!existing && file.format === 'webapp') {
    const twin = await isSlugTaken(db, slugify(name));
    if (twin) {
      const reason = `an application for a product already in the catalogue (${slugify(name)})`;
      return { outcome: { path: file.path, status: 'skipped', slug: slugify(name), reason } };
    }
  }

  const screening = file.screening ?? existing?.screening ?? null;
  const renewal = snapshot.renewals.get(file.key);
  const previous = existing?.product;
  const exclusion =
    file.collection === 'excluded-nominees'
      ? (snapshot.exclusions.get(name.toLowerCase()) ?? previous?.exclusion)
      : undefined;
  const slug =
    existing?.slug ?? (await freeSlug(db, file.format === 'webapp' ? slugify(name) : file.key, file));
  const context = {
    slug,
    source,
    ...(screening ? { screening } : {}),
    ...((renewal?.reviewedOn ?? previous?.reviewedOn)
      ? { reviewedOn: renewal?.reviewedOn ?? previous?.reviewedOn }
      : {}),
    ...((renewal?.expiresOn ?? previous?.expiresOn)
      ? { expiresOn: renewal?.expiresOn ?? previous?.expiresOn }
      : {}),
    ...(exclusion ? { exclusion } : {}),
  };
  const product =
    file.format === 'webapp'
      ? normaliseApplication(record, context)
      : normaliseRegistryRecord(record, context);
  const contentHash = createHash('sha256')
    .update(stableStringify({ product, record, screening, contacts }))
    .digest('hex');

  if (existing && existing.content_hash === contentHash) {
    return { outcome: { path: file.path, status: 'unchanged', slug }, product };
  }
  const row = { slug, product, record, screening, contentHash };
  const id = existing
    ? (await updateProduct(db, existing.id, row), existing.id)
    : await insertProduct(db, row);
  await saveContacts(db, id, contacts);
  return { outcome: { path: file.path, status: existing ? 'updated' : 'imported', slug }, product };
}

async function freeSlug(db: Kysely<Database>, wanted: string, file: SourceFile): Promise<string> {
  const base = slugify(wanted);
  const suffix =
    file.collection === 'archive'
      ? 'archived'
      : file.collection === 'excluded-nominees'
        ? 'excluded'
        : file.key;
  const candidates = [base, slugify(`${base}-${suffix}`)];
  for (const candidate of candidates) if (!(await isSlugTaken(db, candidate))) return candidate;
  for (let n = 2; ; n += 1) {
    const candidate = `${candidates[1]}-${n}`;
    if (!(await isSlugTaken(db, candidate))) return candidate;
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
