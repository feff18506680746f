import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  launchBrowser,
  seriousAxeViolations,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

const pages = ['/products', '/products?q=health&type=software', '/products/dhis2', '/api', '/no-such-page'];

describe('axe-core finds no serious or critical violation', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // bypassCSP: the pages allow only their own scripts, and axe is injected inline.
    context = await browser.newContext({ baseURL: server.url, bypassCSP: true });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  for (const language of ['en', 'fr']) {
    for (const path of pages) {
      const url = `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;
      test(url, async () => {
        const page = await context.newPage();
        try {
          const response = await page.goto(url);
          assert.equal(response?.status(), path === '/no-such-page' ? 404 : 200);
          assert.equal(await page.getAttribute('html', 'lang'), language);
          const violations = await seriousAxeViolations(page);
          assert.deepEqual(violations, [], `axe on ${url}:\n${violations.join('\n')}`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
