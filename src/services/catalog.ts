import type { Kysely } from 'kysely';
import { CatalogIndex } from '../core/catalog/catalog-index.ts';
import { catalogRevision, listProducts } from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';

/**
 * The catalogue as the server reads it: an in-memory index built from the database, rebuilt when the
 * database changes (checked at most once per `recheckMs`, so several processes on one database agree).
 */
export class Catalog {
  private readonly db: Kysely<Database>;
  private readonly recheckMs: number;
  private current: { index: CatalogIndex; revision: string; checkedAt: number } | undefined;
  private building: Promise<CatalogIndex> | undefined;

  constructor(db: Kysely<Database>, options: { recheckMs?: number } = {}) {
    this.db = db;
    this.recheckMs = options.recheckMs ?? 5_000;
  }

  /** The index, rebuilt first if the database changed since it was built. */
  async index(): Promise<CatalogIndex> {
    const current = this.current;
    if (current && performance.now() - current.checkedAt < this.recheckMs) return current.index;
    this.building ??= this.refresh().finally(() => (this.building = undefined));
    return this.building;
  }

  /** Forgets the index, so the next read rebuilds it (after an import in this process). */
  invalidate(): void {
    this.current = undefined;
  }

  private async refresh(): Promise<CatalogIndex> {
    const revision = await catalogRevision(this.db);
    if (this.current?.revision === revision) {
      this.current.checkedAt = performance.now();
      return this.current.index;
    }
    const index = new CatalogIndex(await listProducts(this.db));
    this.current = { index, revision, checkedAt: performance.now() };
    return index;
  }
}
