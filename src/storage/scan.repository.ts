import type { Kysely, Selectable } from 'kysely';
import type { ScanResult } from '../core/scan/scan-result.ts';
import type { Database, ScanProgressValue, ScanTable } from './schema.ts';

/** A scan as the app shows it (the SBOM is fetched apart: it can be large). */
export interface ScanRecord {
  id: string;
  productSlug: string | null;
  source: string;
  status: ScanTable['status'];
  progress: ScanProgressValue | null;
  result: ScanResult | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const columns = [
  'id',
  'product_slug',
  'source',
  'status',
  'progress',
  'result',
  'error',
  'created_at',
  'started_at',
  'finished_at',
] as const;

const toRecord = (row: Pick<Selectable<ScanTable>, (typeof columns)[number]>): ScanRecord => ({
  id: row.id,
  productSlug: row.product_slug,
  source: row.source,
  status: row.status,
  progress: row.progress,
  result: row.result,
  error: row.error,
  createdAt: row.created_at.toISOString(),
  startedAt: row.started_at?.toISOString() ?? null,
  finishedAt: row.finished_at?.toISOString() ?? null,
});

/** Records a scan to run (`queued`) or starting now (`running`). */
export async function insertScan(
  db: Kysely<Database>,
  scan: {
    id: string;
    productSlug: string | null;
    source: string;
    status: 'queued' | 'running';
    requestedBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('scans')
    .values({
      id: scan.id,
      product_slug: scan.productSlug,
      source: scan.source,
      status: scan.status,
      requested_by: scan.requestedBy,
      started_at: scan.status === 'running' ? new Date() : null,
    })
    .execute();
}

/**
 * Takes the oldest queued scan for this worker and marks it running; undefined when none is waiting.
 * On PostgreSQL, `skip locked` lets several workers drain the queue without taking the same scan.
 */
export async function claimQueuedScan(db: Kysely<Database>): Promise<ScanRecord | undefined> {
  const row = await db
    .updateTable('scans')
    .set({ status: 'running', started_at: new Date() })
    .where('id', '=', (eb) =>
      eb
        .selectFrom('scans')
        .select('id')
        .where('status', '=', 'queued')
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .where('status', '=', 'queued')
    .returning(columns)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Records how far a running scan has got. */
export async function updateScanProgress(db: Kysely<Database>, id: string, progress: ScanProgressValue) {
  await db
    .updateTable('scans')
    .set({ progress: JSON.stringify(progress) })
    .where('id', '=', id)
    .execute();
}

/** Stores a finished scan's result and SBOM. */
export async function completeScan(
  db: Kysely<Database>,
  id: string,
  output: { result: ScanResult; sbom: Record<string, unknown> },
) {
  await db
    .updateTable('scans')
    .set({
      status: 'done',
      result: JSON.stringify(output.result),
      sbom: JSON.stringify(output.sbom),
      finished_at: new Date(),
      progress: null,
    })
    .where('id', '=', id)
    .execute();
}

/** Records why a scan failed. */
export async function failScan(db: Kysely<Database>, id: string, error: string) {
  await db
    .updateTable('scans')
    .set({ status: 'failed', error, finished_at: new Date(), progress: null })
    .where('id', '=', id)
    .execute();
}

/** Scans left running by a process that stopped go back to the queue. */
export async function requeueInterruptedScans(db: Kysely<Database>): Promise<number> {
  const result = await db
    .updateTable('scans')
    .set({ status: 'queued', started_at: null, progress: null })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The scan with this id. */
export async function findScan(db: Kysely<Database>, id: string): Promise<ScanRecord | undefined> {
  const row = await db.selectFrom('scans').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** A scan's CycloneDX SBOM, when it finished. */
export async function findScanSbom(
  db: Kysely<Database>,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const row = await db.selectFrom('scans').select('sbom').where('id', '=', id).executeTakeFirst();
  return row?.sbom ?? undefined;
}

/** A product's scans, newest first. */
export async function listProductScans(
  db: Kysely<Database>,
  productSlug: string,
  limit = 20,
): Promise<ScanRecord[]> {
  const rows = await db
    .selectFrom('scans')
    .select(columns)
    .where('product_slug', '=', productSlug)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

/** The result of a product's most recent finished scan. */
export async function findLatestScanResult(
  db: Kysely<Database>,
  productSlug: string,
): Promise<ScanResult | undefined> {
  const row = await db
    .selectFrom('scans')
    .select('result')
    .where('product_slug', '=', productSlug)
    .where('status', '=', 'done')
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.result ?? undefined;
}
