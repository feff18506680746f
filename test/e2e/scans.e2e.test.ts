import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { runScan } from '../../src/services/scans.ts';
import {
  documentWidth,
  launchBrowser,
  seriousAxeViolations,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';
import { createSampleRepository, type GitFixture } from '../support/git-fixture.ts';

describe('scan results in a real browser', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let repo: GitFixture;
  let scanPath = '';

  before(async () => {
    [server, browser, repo] = await Promise.all([
      startTestServer(),
      launchBrowser(),
      createSampleRepository(),
    ]);
    const { scan } = await runScan(server.db, server.catalog, { source: repo.dir, productSlug: 'dhis2' });
    scanPath = `/scans/${scan.id}`;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await repo?.remove();
  });

  test('the scan and product pages have no serious accessibility violation and fit 360 px, in both languages', async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      bypassCSP: true,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    try {
      for (const path of [scanPath, '/products/dhis2']) {
        for (const language of ['en', 'fr']) {
          const response = await page.goto(`${path}?lang=${language}`);
          assert.equal(response?.status(), 200);
          const violations = await seriousAxeViolations(page);
          assert.deepEqual(violations, [], `axe on ${path} (${language}):\n${violations.join('\n')}`);
          assert.ok((await documentWidth(page)) <= 360, `${path} scrolls sideways at 360 px`);
        }
      }
      await page.goto(`${scanPath}?lang=en`);
      assert.equal(await page.locator('table.facts-table').count(), 10, 'one table per fact group');
    } finally {
      await context.close();
    }
  });
});
