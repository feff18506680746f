import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { sharedData } from './support/test-database.ts';

const run = promisify(execFile);
const bin = new URL('../bin/dpg.js', import.meta.url).pathname;
let workdir: string;

/** Runs `dpg` in a child process on its own embedded database; never throws on a non-zero exit. */
async function dpg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return dpgWith({}, ...args);
}

async function dpgWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: path.join(workdir, 'db'), DATABASE_URL: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

before(async () => {
  workdir = await mkdtemp(path.join(tmpdir(), 'dpg-cli-'));
});
after(() => rm(workdir, { recursive: true, force: true }));

test('migrate, import with a per-file report, search and export', async () => {
  const migrated = await dpg('migrate', '--json');
  assert.equal(migrated.code, 0, migrated.stderr);
  // A fresh folder starts from the database template, which usually holds the schema already.
  const results = JSON.parse(migrated.stdout) as { status: string }[];
  assert.ok(
    results.every((result) => result.status === 'Success'),
    migrated.stdout,
  );
  const upToDate = await dpg('migrate');
  assert.match(upToDate.stdout, /The database is up to date\./);

  const imported = await dpg('import', 'dpga', path.join(sharedData, 'dpg-registry'), '--json');
  assert.equal(imported.code, 3, 'some files failed, so the exit status says partial');
  const report = JSON.parse(imported.stdout);
  assert.equal(report.counts.failed, 1);
  assert.ok(report.counts.imported > 750);

  const again = await dpg('import', 'dpga', path.join(sharedData, 'dpg-registry', 'nominees'));
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /0 new, 0 updated, 228 unchanged/);

  const found = await dpg('search', 'primro', '--type', 'software', '--json');
  assert.equal(found.code, 0, found.stderr);
  assert.ok(JSON.parse(found.stdout).items.some((item: { slug: string }) => item.slug === 'primero'));
  const text = await dpg('search', 'dhis');
  assert.match(text.stdout.split('\n')[1] ?? '', /^dhis2\s/);
  const none = await dpg('search', 'qqqqqqqqqq');
  assert.equal(none.code, 4);

  const out = path.join(workdir, 'export');
  const exported = await dpg('export', 'dpga', out, '--json');
  assert.equal(exported.code, 0, exported.stderr);
  assert.equal(JSON.parse(exported.stdout).nominees, 228);
  assert.equal((await readdir(path.join(out, 'archive'))).length, 486);
});

test('refuses bad input with a clear message and a meaningful exit status', async () => {
  const usage = await dpg('search', '--type', 'spaceship');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /spaceship/);
  const missing = await dpg('import', 'dpga', path.join(workdir, 'does-not-exist'));
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /Nothing exists at/);
  const unreachable = await dpg('import', 'dpga', 'http://127.0.0.1:1/');
  assert.equal(unreachable.code, 5);
  const unknown = await dpg('frobnicate');
  assert.equal(unknown.code, 2);
});

test('a folder of broken files is reported file by file and nothing is half-written', async () => {
  const folder = path.join(workdir, 'broken');
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, 'good.json'),
    JSON.stringify({ name: 'Good Product', type: ['software'], SDGs: [] }),
  );
  await writeFile(path.join(folder, 'bad.json'), '{"name": "Bad"');
  await writeFile(path.join(folder, 'nameless.json'), JSON.stringify({ description: 'no name' }));
  const result = await dpg('import', 'dpga', folder, '--json');
  assert.equal(result.code, 3);
  const report = JSON.parse(result.stdout);
  const byFile = Object.fromEntries(
    report.outcomes.map((outcome: { path: string; status: string }) => [
      path.basename(outcome.path),
      outcome.status,
    ]),
  );
  assert.deepEqual(byFile, { 'bad.json': 'failed', 'good.json': 'imported', 'nameless.json': 'skipped' });
  const search = await dpg('search', 'good', 'product', '--json');
  assert.equal(JSON.parse(search.stdout).items[0].slug, 'good');
});

test('with no source, imports from the configured public registry URL', async () => {
  const payloads: Record<string, string> = {
    '/docs/dpgs/index.json': path.join(sharedData, 'dpg-registry', 'api-snapshot-2023-01', 'dpgs.json'),
    '/docs/nominees/index.json': path.join(
      sharedData,
      'dpg-registry',
      'api-snapshot-2023-01',
      'nominees.json',
    ),
  };
  const server = createServer(async (request, response) => {
    const file = payloads[request.url ?? ''];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/docs/`;
    const result = await dpgWith(
      { DPGA_REGISTRY_URL: url, DATA_DIR: path.join(workdir, 'from-url') },
      'import',
      'dpga',
      '--json',
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).counts.imported, 228);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
