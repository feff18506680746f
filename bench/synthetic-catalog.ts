import type { Kysely } from 'kysely';
import { importRegistry } from '../src/services/import-registry.ts';
import { readRegistryDirectory } from '../src/services/read-registry-directory.ts';
import type { RegistrySnapshot, SourceFile } from '../src/services/registry-snapshot.ts';
import type { Database } from '../src/storage/schema.ts';
import { registryDir } from './paths.ts';

const words = [
  'Atlas',
  'Beacon',
  'Compass',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orchard',
  'Prairie',
  'Quartz',
  'Riverbend',
  'Summit',
  'Tundra',
];

/** What {@link buildCatalog} stored. */
export interface CatalogBuild {
  realProducts: number;
  syntheticProducts: number;
  totalProducts: number;
  readMs: number;
  importMs: number;
}

/**
 * Copies the records that imported cleanly until `count` copies exist, each with a varied name and key
 * ("DHIS2 Kestrel 7", key "dhis2-kestrel-7"), so each becomes a product of its own with its own slug.
 */
export function synthesize(templates: readonly SourceFile[], count: number, start = 0): RegistrySnapshot {
  const files: SourceFile[] = [];
  for (let n = start; n < start + count; n += 1) {
    const template = templates[n % templates.length] as SourceFile;
    const copy = Math.floor(n / templates.length) + 1;
    const word = words[(n + copy) % words.length] as string;
    const record = structuredClone(template.record) as Record<string, unknown>;
    record.name = `${String(record.name).trim()} ${word} ${copy}`;
    const key = `${template.key}-${word.toLowerCase()}-${copy}`;
    files.push({ ...template, path: `synthetic:${key}`, key, record });
  }
  return { files, renewals: new Map(), exclusions: new Map() };
}

/** Imports the real snapshot, then synthetic copies of its records until the catalogue holds `target` products. */
export async function buildCatalog(db: Kysely<Database>, target: number): Promise<CatalogBuild> {
  const started = performance.now();
  const real = await readRegistryDirectory(registryDir);
  const readMs = performance.now() - started;
  const report = await importRegistry(db, real);
  const imported = new Set(
    report.outcomes.filter((outcome) => outcome.status === 'imported').map((outcome) => outcome.path),
  );
  const templates = real.files.filter((file) => imported.has(file.path));
  // A few copies are refused (two applications of one product make the same name): top up until the target.
  let synthetic = 0;
  for (let made = 0; imported.size + synthetic < target && made < 2 * target;) {
    const missing = target - imported.size - synthetic;
    synthetic += (await importRegistry(db, synthesize(templates, missing, made))).counts.imported;
    made += missing;
  }
  return {
    realProducts: imported.size,
    syntheticProducts: synthetic,
    totalProducts: imported.size + synthetic,
    readMs,
    importMs: performance.now() - started - readMs,
  };
}
