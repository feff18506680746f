import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { mergePersonalData } from '../core/catalog/personal-data.ts';
import { listRecordsForExport } from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';

/** What an export wrote, by folder. */
export type ExportReport = Record<string, number>;

/**
 * Writes the catalogue in the DPG Alliance legacy layout: `nominees/`, `digitalpublicgoods/` (evidence),
 * `archive/`, `excluded-nominees/`; web-app applications go to `webapp-applications/` in their own format.
 * Personal fields are left out unless `includePersonal` is set. Each file is written whole or not at all.
 */
export async function exportRegistry(
  db: Kysely<Database>,
  directory: string,
  options: { includePersonal?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ExportReport> {
  const rows = await listRecordsForExport(db, options.includePersonal ?? false);
  const report: ExportReport = {};
  let done = 0;
  for (const row of rows) {
    const { source } = row.product;
    const folder = source.kind === 'dpga-webapp' ? 'webapp-applications' : source.collection;
    await writeJson(
      path.join(directory, folder, `${source.key}.json`),
      mergePersonalData(row.record, row.contacts),
    );
    report[folder] = (report[folder] ?? 0) + 1;
    if (row.screening && folder !== 'webapp-applications') {
      await writeJson(path.join(directory, 'digitalpublicgoods', `${source.key}.json`), row.screening);
      report.digitalpublicgoods = (report.digitalpublicgoods ?? 0) + 1;
    }
    options.onProgress?.((done += 1), rows.length);
  }
  return report;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temporary, file);
}
