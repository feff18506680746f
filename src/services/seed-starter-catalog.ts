import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { catalogRevision } from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';
import { importRegistry, type ImportReport } from './import-registry.ts';
import { readRegistryDirectory } from './read-registry-directory.ts';

/** The project's own starter catalogue, in the registry's legacy format. */
export const starterCatalogDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'starter-catalog',
);

/** Loads the starter catalogue when the database holds no product; returns the report, or nothing if it did not run. */
export async function seedStarterCatalog(db: Kysely<Database>): Promise<ImportReport | undefined> {
  const revision = await catalogRevision(db);
  if (!revision.startsWith('0@')) return undefined;
  return importRegistry(db, await readRegistryDirectory(starterCatalogDir), { starter: true });
}
