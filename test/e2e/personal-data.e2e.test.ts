import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { splitPersonalData } from '../../src/core/catalog/personal-data.ts';
import { importRegistry } from '../../src/services/import-registry.ts';
import { readRegistryDirectory } from '../../src/services/read-registry-directory.ts';
import { launchBrowser, skipWithoutChromium, startTestServer } from '../support/browser.ts';
import { sharedData } from '../support/test-database.ts';

const registry = path.join(sharedData, 'dpg-registry');

describe('personal data stays out of the pages', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await importRegistry(server.db, await readRegistryDirectory(registry));
    server.catalog.invalidate();
    assert.equal((await fetch(`${server.url}/products/aam-digital`)).status, 200);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a registry product page holds no contact e-mail address of its record', async () => {
    const record = JSON.parse(await readFile(path.join(registry, 'nominees', 'aam-digital.json'), 'utf8'));
    const emails = splitPersonalData(record)
      .contacts.map((contact) =>
        String(contact.fields.contact_email ?? '')
          .trim()
          .toLowerCase(),
      )
      .filter((email) => email.includes('@'));
    assert.ok(emails.includes('sebastian@aam-digital.com'), 'the record does carry a contact address');

    const context = await browser.newContext({ baseURL: server.url });
    try {
      const page = await context.newPage();
      const response = await page.goto('/products/aam-digital');
      assert.equal(response?.status(), 200);
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Aam Digital/i);
      const sources = {
        'page source': (await response?.text()) ?? '',
        'rendered page': await page.content(),
        'JSON of the product': await (await page.request.get('/api/v1/products/aam-digital')).text(),
      };
      for (const [where, text] of Object.entries(sources)) {
        for (const email of emails)
          assert.ok(!text.toLowerCase().includes(email), `${email} in the ${where}`);
      }
    } finally {
      await context.close();
    }
  });
});
