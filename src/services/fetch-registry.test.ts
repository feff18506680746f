import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DomainError } from '../core/errors.ts';
import { listProducts } from '../storage/product.repository.ts';
import { createTestDatabase, sharedData } from '../../test/support/test-database.ts';
import { fetchRegistry } from './fetch-registry.ts';
import { importRegistry } from './import-registry.ts';

const snapshot = path.join(sharedData, 'dpg-registry', 'api-snapshot-2023-01');
const routes: Record<string, string> = {
  '/docs/dpgs/index.json': path.join(snapshot, 'dpgs.json'),
  '/docs/nominees/index.json': path.join(snapshot, 'nominees.json'),
};
let server: Server;
let base: string;

before(async () => {
  server = createServer(async (request, response) => {
    const file = routes[request.url ?? ''];
    if (request.url === '/broken.json') return void response.end('{"name": ');
    if (!file) return void response.writeHead(404).end('not here');
    response.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('imports the legacy API payloads served over HTTP', async () => {
  const { db, close } = await createTestDatabase();
  try {
    const fetched = await fetchRegistry(`${base}/docs/`);
    assert.equal(fetched.files.length, 228);
    const report = await importRegistry(db, fetched);
    assert.equal(report.counts.imported, 228);
    const products = await listProducts(db);
    assert.equal(products.filter((product) => product.stage === 'dpg').length, 165);
    assert.ok(!JSON.stringify(products).includes('contact_email'));
  } finally {
    await close();
  }
});

test('reads one JSON file by URL and reports a broken one as a failed file', async () => {
  const one = await fetchRegistry(`${base}/docs/dpgs/index.json`);
  assert.equal(one.files.length, 165);
  const broken = await fetchRegistry(`${base}/broken.json`);
  assert.equal(broken.files.length, 1);
  assert.match(broken.files[0]?.error ?? '', /not valid JSON/);
});

test('says clearly when the source answers an error or cannot be reached', async () => {
  await assert.rejects(fetchRegistry(`${base}/missing/`), (error: unknown) => {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'source_unreachable');
    assert.match(error.message, /404/);
    return true;
  });
  await assert.rejects(
    fetchRegistry('http://127.0.0.1:1/'),
    (error: unknown) => error instanceof DomainError && error.code === 'source_unreachable',
  );
});
