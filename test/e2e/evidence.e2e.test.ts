import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  documentWidth,
  launchBrowser,
  seriousAxeViolations,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

const pages = [
  '/evidence',
  '/evidence?q=funding&area=sustainability',
  '/evidence/primero',
  '/evidence/cowin',
];

describe(
  'evidence library: no serious axe violation, nothing wider than 360 px',
  { skip: skipWithoutChromium },
  () => {
    let server: Awaited<ReturnType<typeof startTestServer>>;
    let browser: Browser;
    let context: BrowserContext;

    before(async () => {
      [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
      context = await browser.newContext({
        baseURL: server.url,
        bypassCSP: true,
        viewport: { width: 360, height: 740 },
      });
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    for (const language of ['en', 'fr']) {
      for (const target of pages) {
        const url = `${target}${target.includes('?') ? '&' : '?'}lang=${language}`;
        test(url, async () => {
          const page = await context.newPage();
          try {
            assert.equal((await page.goto(url))?.status(), 200);
            const violations = await seriousAxeViolations(page);
            assert.deepEqual(violations, [], `axe on ${url}:\n${violations.join('\n')}`);
            assert.ok((await documentWidth(page)) <= 360, `${url} is wider than 360 px`);
          } finally {
            await page.close();
          }
        });
      }
    }

    test('a lesson found by search opens at its anchor, without JavaScript', async () => {
      const plain = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false });
      const page = await plain.newPage();
      try {
        await page.goto('/evidence');
        await page.fill('#evidence-q', 'privacy');
        await page.getByRole('button', { name: 'Search' }).click();
        await page.getByRole('link', { name: /MOSIP, Lesson 4/ }).click();
        assert.match(page.url(), /\/evidence\/mosip#lesson-4$/);
        assert.ok(await page.getByRole('heading', { level: 3, name: /Lesson 4/ }).isVisible());
      } finally {
        await plain.close();
      }
    });
  },
);
