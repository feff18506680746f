import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../core/errors.ts';
import type { Renewal, RegistrySnapshot, SourceFile } from './registry-snapshot.ts';

const legacyCollections = ['nominees', 'archive', 'excluded-nominees'] as const;

/**
 * Reads a registry from the file system: a snapshot folder (nominees/, digitalpublicgoods/, archive/,
 * excluded-nominees/, renewal-status/, api-snapshot-*, webapp-applications-*), a folder of record files,
 * or a single JSON file. Unreadable files are returned with their error; they never stop the rest.
 */
export async function readRegistryDirectory(location: string): Promise<RegistrySnapshot> {
  const info = await stat(location).catch(() => undefined);
  if (!info) throw new DomainError('not_found', `Nothing exists at ${location}.`);
  const snapshot: RegistrySnapshot = { files: [], renewals: new Map(), exclusions: new Map() };
  if (info.isFile()) {
    snapshot.files.push(...classify(location, await readJson(location)));
    return snapshot;
  }
  const entries = new Set(await readdir(location));
  const isSnapshot = legacyCollections.some((name) => entries.has(name));
  if (!isSnapshot) {
    for (const file of await jsonFiles(location))
      snapshot.files.push(...classify(file, await readJson(file)));
    return snapshot;
  }
  const screenings = entries.has('digitalpublicgoods')
    ? await readScreenings(path.join(location, 'digitalpublicgoods'))
    : new Map<string, Record<string, unknown>>();
  for (const collection of legacyCollections) {
    if (!entries.has(collection)) continue;
    for (const file of await jsonFiles(path.join(location, collection))) {
      const key = path.basename(file, '.json');
      const parsed = await readJson(file);
      const screening = screenings.get(key);
      snapshot.files.push({
        path: file,
        format: 'legacy',
        collection,
        key,
        ...parsed,
        ...(screening ? { screening } : {}),
      });
    }
  }
  for (const entry of [...entries].sort()) {
    const folder = path.join(location, entry);
    if (entry.startsWith('webapp-applications') || entry.startsWith('api-snapshot')) {
      for (const file of await jsonFiles(folder)) {
        if (path.basename(file) === 'index.json') continue;
        snapshot.files.push(
          ...classify(file, await readJson(file), entry.startsWith('webapp') ? 'webapp' : undefined),
        );
      }
    }
  }
  const renewalTable = path.join(location, 'renewal-status', 'dpg-import-status.csv');
  if (entries.has('renewal-status'))
    parseRenewals(await readFile(renewalTable, 'utf8').catch(() => ''), snapshot.renewals);
  const exclusionTable = path.join(location, 'excluded-nominees', 'excluded-nominees.csv');
  if (entries.has('excluded-nominees'))
    parseExclusions(await readFile(exclusionTable, 'utf8').catch(() => ''), snapshot.exclusions);
  return snapshot;
}

/** Sorts one parsed JSON file into record files by its shape: an API payload (array), an application, a record. */
export function classify(
  file: string,
  parsed: { record?: unknown; error?: string },
  format?: 'webapp',
): SourceFile[] {
  const key = path.basename(file, '.json');
  if (parsed.error !== undefined) {
    return [
      { path: file, format: format ?? 'legacy', collection: format ?? 'nominees', key, error: parsed.error },
    ];
  }
  const value = parsed.record;
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      return typeof id === 'string' && id
        ? { path: `${file}#${index}`, format: 'api' as const, collection: 'nominees', key: id, record: item }
        : {
            path: `${file}#${index}`,
            format: 'api' as const,
            collection: 'nominees',
            key: String(index),
            error: 'the payload item has no id',
          };
    });
  }
  const object = (value ?? {}) as Record<string, unknown>;
  if (format === 'webapp' || 'openlicenses' in object || 'categories' in object || 'sdgs' in object) {
    const id = typeof object.id === 'string' || typeof object.id === 'number' ? String(object.id) : key;
    return [{ path: file, format: 'webapp', collection: 'webapp', key: id, record: value }];
  }
  return [{ path: file, format: 'legacy', collection: 'nominees', key, record: value }];
}

async function readJson(file: string): Promise<{ record?: unknown; error?: string }> {
  try {
    return { record: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    return { error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function jsonFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(folder, name));
}

async function readScreenings(folder: string): Promise<Map<string, Record<string, unknown>>> {
  const screenings = new Map<string, Record<string, unknown>>();
  for (const file of await jsonFiles(folder)) {
    const { record } = await readJson(file);
    if (record && typeof record === 'object' && !Array.isArray(record)) {
      screenings.set(path.basename(file, '.json'), record as Record<string, unknown>);
    }
  }
  return screenings;
}

/** Reads the renewal table (dpg_name, old_id, date_reviewed, date_of_expiry, …). */
export function parseRenewals(csv: string, into: Map<string, Renewal>): void {
  for (const row of parseCsv(csv)) {
    const id = row.old_id?.trim();
    if (!id) continue;
    const renewal: Renewal = {};
    if (isIsoDate(row.date_reviewed)) renewal.reviewedOn = row.date_reviewed;
    if (isIsoDate(row.date_of_expiry)) renewal.expiresOn = row.date_of_expiry;
    into.set(id, renewal);
  }
}

/** Reads the exclusion table (nominee, exclusion_date, reason). */
export function parseExclusions(csv: string, into: Map<string, { date?: string; reason: string }>): void {
  for (const row of parseCsv(csv)) {
    const name = row.nominee?.trim();
    const reason = row.reason?.trim();
    if (!name || !reason) continue;
    const date = row.exclusion_date?.trim();
    into.set(name.toLowerCase(), date ? { date, reason } : { reason });
  }
}

function parseCsv(csv: string): Record<string, string | undefined>[] {
  if (!csv.trim()) return [];
  try {
    return parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch {
    return [];
  }
}

function isIsoDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
