import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { sortKeys } from '../core/catalog/stable-json.ts';
import { findProductBySlug, listProducts } from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';
import { createTestDatabase, sharedData } from '../../test/support/test-database.ts';
import { exportRegistry } from './export-registry.ts';
import { importRegistry, type ImportReport } from './import-registry.ts';
import { readRegistryDirectory } from './read-registry-directory.ts';
import { seedStarterCatalog } from './seed-starter-catalog.ts';

const registry = path.join(sharedData, 'dpg-registry');
let db: Kysely<Database>;
let close: () => Promise<void>;
let report: ImportReport;

before(async () => {
  ({ db, close } = await createTestDatabase());
  report = await importRegistry(db, await readRegistryDirectory(registry));
});
after(() => close());

test('imports every legacy record of the real snapshot', async () => {
  const products = await listProducts(db);
  const bySource = (collection: string) =>
    products.filter(
      (product) => product.source.kind === 'dpga-registry' && product.source.collection === collection,
    );
  assert.equal(bySource('nominees').length, 228);
  assert.equal(bySource('archive').length, 486);
  assert.equal(bySource('excluded-nominees').length, 41);
  assert.equal(products.filter((product) => product.stage === 'dpg').length, 165);
  assert.ok(
    products.some((product) => product.source.kind === 'dpga-webapp'),
    'web-app applications are imported',
  );
});

test('reports the malformed web-app file with its path and reason, and imports the rest', () => {
  const failed = report.outcomes.filter((outcome) => outcome.status === 'failed');
  assert.equal(failed.length, 1);
  assert.match(failed[0]?.path ?? '', /webapp-applications-2022-2023\/10142\.json$/);
  assert.match(failed[0]?.reason ?? '', /not valid JSON/);
});

test('joins evidence, renewal dates and exclusion reasons, and resolves country names', async () => {
  const aam = await findProductBySlug(db, 'aam-digital');
  assert.ok(aam?.evidence);
  assert.deepEqual(
    aam.deploymentCountries.map((country) => country.code),
    ['IN', 'PS', 'PK', 'TZ', 'RW', 'US', 'DE'],
  );
  const reconverse = await findProductBySlug(db, 'reconverse');
  assert.equal(reconverse?.reviewedOn, '2022-12-15');
  assert.equal(reconverse?.expiresOn, '2023-12-15');
  const acceda = await findProductBySlug(db, 'acceda');
  assert.equal(acceda?.stage, 'excluded');
  assert.match(acceda?.exclusion?.reason ?? '', /EUPL-1.1/);
  const unresolved = report.unresolvedCountries.map((country) => country.name);
  assert.ok(unresolved.includes('Scotland'));
  assert.ok(unresolved.length < 5, `few names stay unresolved: ${unresolved.join(', ')}`);
});

test('keeps both records when the archive and the nominees hold the same file name', async () => {
  const current = await findProductBySlug(db, 'growstuff');
  const archived = await findProductBySlug(db, 'growstuff-archived');
  assert.equal(current?.source.collection, 'nominees');
  assert.equal(archived?.source.collection, 'archive');
});

test('re-importing changes nothing', async () => {
  const again = await importRegistry(db, await readRegistryDirectory(registry));
  assert.equal(again.counts.imported, 0);
  assert.equal(again.counts.updated, 0);
  assert.equal(
    again.counts.unchanged,
    report.counts.imported + report.counts.updated + report.counts.unchanged,
  );
});

test('exporting reproduces every legacy record, personal fields aside', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'dpg-export-'));
  try {
    const written = await exportRegistry(db, out);
    assert.equal(written.nominees, 228);
    assert.equal(written.archive, 486);
    assert.equal(written['excluded-nominees'], 41);
    for (const folder of ['nominees', 'digitalpublicgoods', 'archive', 'excluded-nominees']) {
      const names = (await readdir(path.join(registry, folder))).filter((name) => name.endsWith('.json'));
      assert.deepEqual((await readdir(path.join(out, folder))).sort(), names.sort(), folder);
      for (const name of names) {
        const original = withoutPersonalFields(
          JSON.parse(await readFile(path.join(registry, folder, name), 'utf8')),
        );
        const exported = JSON.parse(await readFile(path.join(out, folder, name), 'utf8'));
        assert.deepEqual(sortKeys(exported), sortKeys(original), `${folder}/${name}`);
        assert.ok(!JSON.stringify(exported).includes('contact_email'), `${folder}/${name} has no e-mail`);
      }
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('exports personal fields only when asked', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'dpg-export-'));
  try {
    await exportRegistry(db, out, { includePersonal: true });
    const name = 'aam-digital.json';
    const original = JSON.parse(await readFile(path.join(registry, 'nominees', name), 'utf8'));
    const exported = JSON.parse(await readFile(path.join(out, 'nominees', name), 'utf8'));
    assert.deepEqual(sortKeys(exported), sortKeys(original));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('the registry takes the place of the starter record of the same product', async () => {
  const { db: fresh, close: closeFresh } = await createTestDatabase();
  try {
    const seeded = await seedStarterCatalog(fresh);
    assert.ok((seeded?.counts.imported ?? 0) >= 30);
    assert.equal(await seedStarterCatalog(fresh), undefined, 'seeding runs only on an empty catalogue');
    assert.equal((await findProductBySlug(fresh, 'dhis2'))?.source.kind, 'starter');
    await importRegistry(fresh, await readRegistryDirectory(registry));
    const dhis2 = await findProductBySlug(fresh, 'dhis2');
    assert.equal(dhis2?.source.kind, 'dpga-registry');
    assert.equal((await listProducts(fresh)).filter((product) => product.name === 'DHIS2').length, 1);
  } finally {
    await closeFresh();
  }
});

function withoutPersonalFields(record: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(record.organizations)) return record;
  return {
    ...record,
    organizations: record.organizations.map((organisation: unknown) => {
      if (organisation === null || typeof organisation !== 'object') return organisation;
      const { contact_name: _name, contact_email: _email, ...rest } = organisation as Record<string, unknown>;
      return rest;
    }),
  };
}
