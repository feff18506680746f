import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { pathToFileURL } from 'node:url';
import { createSampleRepository, type GitFixture } from '../../test/support/git-fixture.ts';
import { createMember } from '../../test/support/test-accounts.ts';
import { refusal } from '../../test/support/refusal.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { findLatestScanResult, findScan, listProductScans } from '../storage/scan.repository.ts';
import type { Database } from '../storage/schema.ts';
import { Catalog } from './catalog.ts';
import { importRegistry } from './import-registry.ts';
import { ScanWorker } from './scan-worker.ts';
import { productForRepository, repositoryKey, requestProductScan, runScan } from './scans.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let catalog: Catalog;
let repo: GitFixture;

before(async () => {
  ({ db, close } = await createTestDatabase());
  repo = await createSampleRepository();
  const record = (name: string, url: string) => ({
    name,
    description: 'A product for scan tests',
    license: [{ spdx: 'MIT' }],
    SDGs: [{ SDGNumber: 3 }],
    type: ['software'],
    repositories: [{ name: 'main', url }],
    organizations: [{ name: 'Fixture org', org_type: 'owner' }],
    stage: 'nominee',
  });
  await importRegistry(db, {
    files: [
      {
        path: 'local.json',
        format: 'legacy',
        collection: 'nominees',
        key: 'local',
        record: record('Local Sample', pathToFileURL(repo.dir).href),
      },
      {
        path: 'hosted.json',
        format: 'legacy',
        collection: 'nominees',
        key: 'hosted',
        record: record('Hosted Sample', 'https://github.com/Example/Hosted.git'),
      },
    ],
    renewals: new Map(),
    exclusions: new Map(),
  });
  catalog = new Catalog(db);
});
after(async () => {
  await repo.remove();
  await close();
});

test('repository addresses match whatever their spelling', async () => {
  assert.equal(repositoryKey('https://GitHub.com/Example/Hosted.git/'), 'github.com/example/hosted');
  assert.equal(repositoryKey('git+https://www.github.com/example/hosted'), 'github.com/example/hosted');
  assert.equal(await productForRepository(catalog, 'https://github.com/example/hosted'), 'hosted');
  assert.equal(await productForRepository(catalog, 'https://gitlab.com/nobody/else'), undefined);
});

test('a scan is stored with its result and SBOM, linked to the product of its repository', async () => {
  const { scan, sbom } = await runScan(db, catalog, { source: repo.dir, productSlug: 'local' });
  assert.equal(scan.status, 'done');
  assert.equal(scan.productSlug, 'local');
  assert.equal(scan.result?.facts.history.authors.value, 4);
  assert.equal(sbom.specVersion, '1.6');
  const latest = await findLatestScanResult(db, 'local');
  assert.equal(latest?.repository.head, scan.result?.repository.head);
  const linked = await runScan(db, catalog, { source: pathToFileURL(repo.dir).href });
  assert.equal(linked.scan.productSlug, 'local', 'matched by repository URL');
});

test('a failed scan is stored as failed, with its reason', async () => {
  const error = await refusal(runScan(db, catalog, { source: '/nonexistent/folder/of/nothing' }));
  assert.ok(error.message);
  const [failed] = await db
    .selectFrom('scans')
    .select('id')
    .where('source', '=', '/nonexistent/folder/of/nothing')
    .execute();
  const stored = await findScan(db, failed!.id);
  assert.equal(stored?.status, 'failed');
  assert.equal(stored?.error, error.message);
  assert.equal(
    (await refusal(runScan(db, catalog, { source: repo.dir, productSlug: 'no-such-product' }))).code,
    'not_found',
  );
});

test('members queue scans of catalogue repositories; the worker runs them', async () => {
  const editor = await createMember(db);
  const viewer = await createMember(db, { role: 'viewer' });
  assert.equal(
    (await refusal(requestProductScan(db, catalog, undefined, 'local', ['file:']))).code,
    'unauthenticated',
  );
  assert.equal(
    (await refusal(requestProductScan(db, catalog, viewer.viewer, 'local', ['file:']))).code,
    'forbidden',
  );
  assert.equal(
    (await refusal(requestProductScan(db, catalog, editor.viewer, 'local'))).code,
    'invalid_input',
    'a file:// repository is never scanned from the web by default',
  );
  assert.equal(
    (await refusal(requestProductScan(db, catalog, editor.viewer, 'nothing-here'))).code,
    'not_found',
  );
  const queued = await requestProductScan(db, catalog, editor.viewer, 'local', ['file:']);
  assert.equal(queued.status, 'queued');
  assert.equal(await new ScanWorker(db).drain(), 1);
  const done = await findScan(db, queued.id);
  assert.equal(done?.status, 'done');
  assert.equal(done?.result?.facts.releases.semverTags.value, 3);
  assert.ok((await listProductScans(db, 'local')).length >= 3);
});
