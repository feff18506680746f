import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../core/errors.ts';
import type { ScanOptions, ScanOutput } from '../scanner/scan-repository.ts';
import {
  completeScan,
  failScan,
  findScan,
  insertScan,
  type ScanRecord,
  updateScanProgress,
} from '../storage/scan.repository.ts';
import type { Database } from '../storage/schema.ts';
import { audit } from './accounts/audit.ts';
import { authorise } from './accounts/authorise.ts';
import type { Viewer } from './accounts/viewer.ts';
import type { Catalog } from './catalog.ts';

/** A repository address reduced to what identifies it: host and path, lower-case, no `.git`, no slash. */
export function repositoryKey(address: string): string {
  const trimmed = address.trim().replace(/^git\+/, '');
  try {
    const url = new URL(trimmed);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = url.pathname
      .replace(/\/+$/, '')
      .replace(/\.git$/i, '')
      .toLowerCase();
    return `${host}${path}`;
  } catch {
    return trimmed
      .replace(/\/+$/, '')
      .replace(/\.git$/i, '')
      .toLowerCase();
  }
}

/** The catalogue product whose repository is this address, if exactly one has it. */
export async function productForRepository(catalog: Catalog, address: string): Promise<string | undefined> {
  const key = repositoryKey(address);
  const matches = (await catalog.index())
    .all()
    .filter((product) => product.repositories.some((repository) => repositoryKey(repository.url) === key));
  return matches.length === 1 ? matches[0]!.slug : undefined;
}

/** Where the scanner is: the real one, or a stand-in with the same contract. */
export type Scanner = (source: string, options: ScanOptions) => Promise<ScanOutput>;

/**
 * The repository scanner, loaded on first use: it brings XML, TOML and SBOM libraries that a server
 * which never scans does not need at start.
 */
export const repositoryScanner: Scanner = async (source, options) =>
  (await import('../scanner/scan-repository.ts')).scanRepository(source, options);

/** Throttles progress writes to one a second: a history walk reports thousands of steps. */
function progressWriter(db: Kysely<Database>, id: string) {
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  return (progress: { step: string; done?: number; total?: number }) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    pending = pending.then(() => updateScanProgress(db, id, progress)).catch(() => undefined);
  };
}

/**
 * Scans a repository now and stores the result, linked to a product (the one named, or the one whose
 * repository URL matches). A failed scan is stored as failed with its reason, then the error is rethrown.
 */
export async function runScan(
  db: Kysely<Database>,
  catalog: Catalog,
  input: { source: string; productSlug?: string; requestedBy?: string | null; options?: ScanOptions },
  scanner: Scanner = repositoryScanner,
): Promise<{ scan: ScanRecord; sbom: Record<string, unknown> }> {
  if (input.productSlug && !(await catalog.index()).find(input.productSlug))
    throw new DomainError('not_found', `No catalogue product has the slug "${input.productSlug}".`);
  const productSlug = input.productSlug ?? (await productForRepository(catalog, input.source)) ?? null;
  const id = randomUUID();
  await insertScan(db, {
    id,
    productSlug,
    source: input.source,
    status: 'running',
    requestedBy: input.requestedBy ?? null,
  });
  return executeScan(db, { id, source: input.source }, input.options ?? {}, scanner);
}

/** Runs a scan already recorded as running, stores what it gives, and returns it. */
export async function executeScan(
  db: Kysely<Database>,
  scan: { id: string; source: string },
  options: ScanOptions,
  scanner: Scanner = repositoryScanner,
): Promise<{ scan: ScanRecord; sbom: Record<string, unknown> }> {
  const write = progressWriter(db, scan.id);
  try {
    const output = await scanner(scan.source, {
      ...options,
      onProgress: (progress) => {
        write(progress);
        options.onProgress?.(progress);
      },
    });
    await completeScan(db, scan.id, output);
    return { scan: (await findScan(db, scan.id))!, sbom: output.sbom };
  } catch (error) {
    await failScan(db, scan.id, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** The protocols a scan requested from the web may clone (never a path on the server). */
export const webScanProtocols = ['https:'];

/**
 * Queues a scan of a catalogue product's repository, for a signed-in member who may create work.
 * Only public `https` repositories of the catalogue are scanned this way, never a path on the server.
 */
export async function requestProductScan(
  db: Kysely<Database>,
  catalog: Catalog,
  viewer: Viewer | undefined,
  slug: string,
  protocols: readonly string[] = webScanProtocols,
): Promise<ScanRecord> {
  authorise(viewer, 'create');
  const product = (await catalog.index()).find(slug);
  if (!product) throw new DomainError('not_found', `No catalogue product has the slug "${slug}".`);
  const repository = product.repositories.find((candidate) => {
    try {
      return protocols.includes(new URL(candidate.url).protocol);
    } catch {
      return false;
    }
  });
  if (!repository)
    throw new DomainError(
      'invalid_input',
      `${product.name} has no repository address that can be scanned (https).`,
    );
  const id = randomUUID();
  await insertScan(db, {
    id,
    productSlug: slug,
    source: repository.url,
    status: 'queued',
    requestedBy: viewer!.user.id,
  });
  await audit(
    db,
    { userId: viewer!.user.id, email: viewer!.user.email },
    viewer!.organisation!.id,
    'scan.requested',
    {
      kind: 'scan',
      id,
      summary: `${product.name}: ${repository.url}`,
    },
  );
  return (await findScan(db, id))!;
}

/** The scan with this id; throws `not_found`. Scans are public facts about public repositories. */
export async function getScan(db: Kysely<Database>, id: string): Promise<ScanRecord> {
  const scan = /^[0-9a-f-]{36}$/i.test(id) ? await findScan(db, id) : undefined;
  if (!scan) throw new DomainError('not_found', `No scan has the id "${id}".`);
  return scan;
}
