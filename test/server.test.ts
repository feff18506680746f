import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/main.ts';

test('serves a seeded catalogue over real HTTP, and keeps it across a restart', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'dpg-serve-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
  try {
    const lines: string[] = [];
    const first = await startServer(config, (line) => lines.push(line));
    const setupLink = /(http:\/\/127\.0\.0\.1:\d+\/setup\/\S+)/.exec(lines.join('\n'))?.[1];
    assert.ok(setupLink, `the first start prints a set-up link:\n${lines.join('\n')}`);
    let listing: { total: number; items: { types: string[]; sectors: string[] }[] };
    try {
      listing = (await (await fetch(`${first.url}/api/v1/products?pageSize=100`)).json()) as typeof listing;
      assert.ok(listing.total >= 30, 'the starter catalogue is loaded on first start');
      assert.deepEqual(
        new Set(listing.items.flatMap((item) => item.types)),
        new Set(['software', 'data', 'content', 'standard', 'aimodel']),
      );
      assert.ok(new Set(listing.items.flatMap((item) => item.sectors)).size >= 8);
      const page = await fetch(`${first.url}/products?q=dhis`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(page.status, 200);
      assert.match(await page.text(), /DHIS2/);
      assert.match(lines.join('\n'), /Loaded country data from .*: 250 countries, 3558 gtmi, 1158 egdi\./);
      const kenya = (await (await fetch(`${first.url}/api/v1/countries/KE`)).json()) as {
        indicators: unknown[];
      };
      assert.ok(kenya.indicators.length > 0, 'the shared GTMI and EGDI values are loaded on first start');
      const form = await fetch(setupLink);
      assert.equal(form.status, 200, 'the printed link opens the set-up form');
      assert.match(await form.text(), /Set up DPG Toolkit/);
    } finally {
      await first.close();
    }

    const restartLines: string[] = [];
    const second = await startServer(config, (line) => restartLines.push(line));
    try {
      const again = (await (await fetch(`${second.url}/api/v1/products`)).json()) as { total: number };
      assert.equal(again.total, listing.total, 'a restart neither loses nor duplicates products');
      assert.doesNotMatch(restartLines.join('\n'), /Loaded country data/, 'country data loads only once');
      const css = await fetch(`${second.url}/static/app.css`);
      assert.equal(css.status, 200);
      const etag = css.headers.get('etag') ?? '';
      assert.equal(
        (await fetch(`${second.url}/static/app.css`, { headers: { 'if-none-match': etag } })).status,
        304,
      );
    } finally {
      await second.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('refuses bad configuration with every problem named', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' }), /PORT[\s\S]*DATABASE_URL/);
});
