import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { splitPersonalData } from '../src/core/catalog/personal-data.ts';
import { listProducts } from '../src/storage/product.repository.ts';
import { createTestApp } from './support/test-app.ts';
import { sharedData } from './support/test-database.ts';

const registry = path.join(sharedData, 'dpg-registry');
let context: Awaited<ReturnType<typeof createTestApp>>;
let addresses: string[];

/** The contact e-mail addresses of the snapshot that appear nowhere else in their record. */
async function personalAddresses(): Promise<string[]> {
  const found = new Set<string>();
  for (const folder of ['nominees', 'archive', 'excluded-nominees', 'webapp-applications-2022-2023']) {
    for (const name of (await readdir(path.join(registry, folder))).filter((file) =>
      file.endsWith('.json'),
    )) {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(await readFile(path.join(registry, folder, name), 'utf8'));
      } catch {
        continue;
      }
      const { record: rest, contacts } = splitPersonalData(record);
      const restText = JSON.stringify(rest).toLowerCase();
      for (const contact of contacts) {
        const email = String(contact.fields.contact_email ?? '')
          .trim()
          .toLowerCase();
        if (email.includes('@') && !restText.includes(email)) found.add(email);
      }
    }
  }
  return [...found];
}

before(async () => {
  context = await createTestApp();
  addresses = await personalAddresses();
});
after(() => context.close());

function assertNoAddress(text: string, where: string) {
  const lower = text.toLowerCase();
  const leaked = addresses.find((address) => lower.includes(address));
  assert.equal(leaked, undefined, `${where} shows a contact e-mail address`);
}

test('the snapshot does hold contact addresses (the test can fail)', () => {
  assert.ok(addresses.length > 200, `found ${addresses.length}`);
});

test('no contact e-mail address appears on any product page or API response', async () => {
  const products = await listProducts(context.db);
  for (const product of products) {
    for (const url of [
      `/products/${product.slug}`,
      `/api/v1/products/${product.slug}`,
      `/products/${product.slug}?lang=fr`,
    ]) {
      const response = await context.app.request(url);
      assert.equal(response.status, 200, url);
      assertNoAddress(await response.text(), url);
    }
  }
});

test('no contact e-mail address appears in listings, facets or search', async () => {
  for (let page = 1; ; page += 1) {
    const response = await context.app.request(`/api/v1/products?pageSize=100&page=${page}`);
    const body = (await response.json()) as { pageCount: number };
    assertNoAddress(JSON.stringify(body), `listing page ${page}`);
    if (page >= body.pageCount) break;
  }
  assertNoAddress(await (await context.app.request('/api/v1/facets')).text(), 'facets');
  assertNoAddress(await (await context.app.request('/products?pageSize=100')).text(), 'catalogue page');
  for (const address of addresses.slice(0, 25)) {
    const search = (await (
      await context.app.request(`/api/v1/products?q=${encodeURIComponent(address)}`)
    ).json()) as { items: unknown[] };
    assertNoAddress(JSON.stringify(search), `search for an address`);
  }
});
