import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext } from 'playwright-core';
import { createApp } from '../../src/http/app.ts';
import { Catalog } from '../../src/services/catalog.ts';
import { importCountryData } from '../../src/services/import-country-data.ts';
import { seedStarterCatalog } from '../../src/services/seed-starter-catalog.ts';
import {
  documentWidth,
  launchBrowser,
  seriousAxeViolations,
  skipWithoutChromium,
} from '../support/browser.ts';
import { createTestDatabase, sharedData } from '../support/test-database.ts';

const folder = path.join(sharedData, 'country-indicators');
const pages = ['/countries', '/countries?region=Eastern+Africa&income=low', '/countries/KE', '/countries/FJ'];

describe(
  'country pages: no serious axe violation, nothing wider than 360 px',
  { skip: skipWithoutChromium },
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let server: ServerType;
    let browser: Browser;
    let context: BrowserContext;
    let baseURL: string;

    before(async () => {
      database = await createTestDatabase();
      await seedStarterCatalog(database.db);
      await importCountryData(database.db, 'countries', path.join(folder, 'countries'));
      await importCountryData(
        database.db,
        'gtmi',
        path.join(folder, 'gtmi', 'gtmi_groups_2020_2022_2025.xlsx'),
      );
      await importCountryData(database.db, 'egdi', path.join(folder, 'egdi', 'EGOV_DATA_2022.csv'));
      const app = createApp({ catalog: new Catalog(database.db), db: database.db, defaultLanguage: 'en' });
      server = await new Promise((resolve) => {
        const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      baseURL = `http://127.0.0.1:${port}`;
      browser = await launchBrowser();
      context = await browser.newContext({
        baseURL,
        bypassCSP: true,
        viewport: { width: 360, height: 740 },
      });
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
      await database?.close();
    });

    for (const language of ['en', 'fr']) {
      for (const target of pages) {
        const url = `${target}${target.includes('?') ? '&' : '?'}lang=${language}`;
        test(url, async () => {
          const page = await context.newPage();
          try {
            const response = await page.goto(url);
            assert.equal(response?.status(), 200);
            assert.equal(await page.getAttribute('html', 'lang'), language);
            const violations = await seriousAxeViolations(page);
            assert.deepEqual(violations, [], `axe on ${url}:\n${violations.join('\n')}`);
            assert.ok((await documentWidth(page)) <= 360, `${url} is wider than 360 px`);
          } finally {
            await page.close();
          }
        });
      }
    }

    test('the filter form works without JavaScript', async () => {
      const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await plain.newPage();
      try {
        await page.goto('/countries?lang=fr');
        await page.selectOption('#filter-region', 'Eastern Africa');
        await page.selectOption('#filter-income', 'low');
        await page.getByRole('button', { name: 'Afficher' }).click();
        assert.match(page.url(), /region=Eastern\+Africa&income=low/);
        await page.getByRole('link', { name: 'Ouganda' }).click();
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Ouganda');
        assert.ok(await page.getByRole('cell', { name: 'GTMI 2025', exact: false }).first().isVisible());
      } finally {
        await plain.close();
      }
    });
  },
);
