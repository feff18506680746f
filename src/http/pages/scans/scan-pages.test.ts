import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { createSampleRepository, type GitFixture } from '../../../../test/support/git-fixture.ts';
import { createMember, postForm, type TestMember } from '../../../../test/support/test-accounts.ts';
import { createTestDatabase } from '../../../../test/support/test-database.ts';
import { Catalog } from '../../../services/catalog.ts';
import { importRegistry } from '../../../services/import-registry.ts';
import { ScanWorker } from '../../../services/scan-worker.ts';
import type { Database } from '../../../storage/schema.ts';
import { createApp } from '../../app.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let app: ReturnType<typeof createApp>;
let repo: GitFixture;
let member: TestMember;

before(async () => {
  ({ db, close } = await createTestDatabase());
  repo = await createSampleRepository();
  await importRegistry(db, {
    files: [
      {
        path: 'local.json',
        format: 'legacy',
        collection: 'nominees',
        key: 'local',
        record: {
          name: 'Local Sample',
          description: 'A product whose repository is on this machine',
          license: [{ spdx: 'MIT' }],
          SDGs: [{ SDGNumber: 3 }],
          type: ['software'],
          repositories: [{ name: 'main', url: pathToFileURL(repo.dir).href }],
          organizations: [{ name: 'Fixture org', org_type: 'owner' }],
          stage: 'nominee',
        },
      },
    ],
    renewals: new Map(),
    exclusions: new Map(),
  });
  app = createApp({
    catalog: new Catalog(db),
    db,
    defaultLanguage: 'en',
    logError: () => {},
    scanProtocols: ['file:'],
  });
  member = await createMember(db);
});
after(async () => {
  await repo.remove();
  await close();
});

test('a member starts a scan from the product page; the scan page shows progress, then every fact', async () => {
  const before = await (await app.request('/products/local')).text();
  assert.match(before, /Evidence from the repository/);
  assert.match(before, /No scan of this product/);
  assert.match(before, /href="\/sign-in\?next=\/products\/local"/);
  assert.match(
    await (await app.request('/products/local', { headers: { cookie: member.cookie } })).text(),
    /Scan the repository now/,
  );

  const started = await postForm(app, '/products/local/scans', {}, member);
  assert.equal(started.status, 303);
  const path = started.headers.get('location') ?? '';
  assert.match(path, /^\/scans\/[0-9a-f-]{36}$/);
  const queued = await (await app.request(path)).text();
  assert.match(queued, /waiting in the queue/);
  assert.match(queued, /data-reload="3"/);

  assert.equal(await new ScanWorker(db).drain(), 1);
  const done = await (await app.request(path)).text();
  assert.match(done, /Status: finished/);
  assert.match(done, /<th scope="row">Bus factor<\/th>/);
  assert.match(done, /<code>LICENSE|<code>git /);
  assert.match(await (await app.request(`${path}?lang=fr`)).text(), /Facteur bus/);
  const product = await (await app.request('/products/local')).text();
  assert.match(product, /Latest scan: /);
  assert.match(product, new RegExp(`href="${path}"`));

  const id = path.split('/').pop();
  const json = await (await app.request(`/api/v1/scans/${id}`)).json();
  assert.equal(json.status, 'done');
  assert.equal(json.result.schemaVersion, 1);
  assert.equal(json.result.facts.history.authors.value, 4);
  const sbom = await app.request(`/api/v1/scans/${id}/sbom`);
  assert.equal((await sbom.json()).bomFormat, 'CycloneDX');
  assert.equal((await (await app.request('/api/v1/products/local/scans')).json()).items.length, 1);
});

test('the API refuses a scan to visitors and read-only tokens, and answers 404 for unknown scans', async () => {
  const anonymous = await app.request('/api/v1/products/local/scans', { method: 'POST' });
  assert.equal(anonymous.status, 401, await anonymous.clone().text());
  const read = await member.token('read');
  const refused = await app.request('/api/v1/products/local/scans', {
    method: 'POST',
    headers: { authorization: `Bearer ${read}` },
  });
  assert.equal(refused.status, 403);
  const write = await member.token('write');
  const accepted = await app.request('/api/v1/products/local/scans', {
    method: 'POST',
    headers: { authorization: `Bearer ${write}` },
  });
  assert.equal(accepted.status, 202);
  assert.match(accepted.headers.get('location') ?? '', /^\/api\/v1\/scans\//);
  assert.equal((await app.request('/api/v1/scans/00000000-0000-4000-8000-000000000000')).status, 404);
  assert.equal((await app.request('/scans/not-an-id')).status, 404);
  assert.equal((await app.request('/api/v1/products/nothing/scans')).status, 404);
});
