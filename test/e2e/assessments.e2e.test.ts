import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createMember, testPassword } from '../support/test-accounts.ts';
import {
  collectPageErrors,
  assertAccessiblePages,
  launchBrowser,
  signInThroughForm,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

describe('assessments in a real browser', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let email = '';
  const assessed: string[] = [];

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    email = (await createMember(server.db)).viewer.user.email;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** From a product's page: start an adoptability assessment, answer one question, finish. */
  async function assess(page: Page, slug: string, practice: string) {
    await page.goto(`/products/${slug}`);
    await page.getByLabel('Product adoptability').check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}\/edit$/);
    await page.locator(`#field-a-testPractice-${practice}`).check();
    await page.locator('#answer-automated-tests summary').click();
    await page.locator('#field-e-testPractice').fill('https://example.org/test-report');
    await page.getByRole('button', { name: 'Finish and see the result' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    assessed.push(new URL(page.url()).pathname);
  }

  for (const javaScript of [true, false]) {
    test(`assesses two products with answers, reads the result and compares them (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await signInThroughForm(page, email, testPassword);
      const errors = collectPageErrors(page);
      try {
        await assess(page, 'dhis2', 'most');
        assert.equal(await page.locator('h1').textContent(), 'DHIS2');
        assert.ok((await page.locator('figure.chart svg').count()) >= 5, 'a chart per group');
        const quality = page.locator('#indicator-automated-tests');
        await quality.locator('summary').click();
        assert.match((await quality.textContent()) ?? '', /Answered “How much of the product's behaviour/);
        assert.match(
          (await page.locator('#recommendations').locator('..').textContent()) ?? '',
          /Digital Square Global Goods Maturity Model/,
        );

        await assess(page, 'openmrs', 'some');
        await page.goto('/assessments');
        for (const path of assessed.slice(-2))
          await page.locator(`input[name="ids"][value="${path.split('/')[2]}"]`).check();
        await page.getByRole('button', { name: 'Compare the ones ticked (2 to 4)' }).click();
        await page.waitForURL(/\/assessments\/compare\?/);
        assert.equal(await page.locator('figure#chart-comparison svg').count(), 1);
        const headers = await page.locator('table.comparison thead th').allTextContents();
        assert.ok(
          headers.some((text) => text.includes('DHIS2')) && headers.some((text) => text.includes('OpenMRS')),
        );
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('the pages have no serious accessibility violation and fit a 360 px screen', async () => {
    const result = assessed[0]!;
    const ids = assessed.slice(0, 2).map((path) => path.split('/')[2]);
    const paths = [
      '/assessments',
      result,
      `${result}/edit`,
      `${result}/delete`,
      `/assessments/compare?ids=${ids.join(',')}`,
      '/assessments/compare',
      '/products/dhis2',
    ];
    await assertAccessiblePages(browser, server.url, paths, {
      signIn: { email, password: testPassword },
      openDetails: true,
    });
  });

  test('the charts obey the content security policy', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signInThroughForm(page, email, testPassword);
    const errors = collectPageErrors(page);
    try {
      await page.goto(assessed[0]!);
      const fontSize = await page
        .locator('figure.chart svg text')
        .first()
        .evaluate((node) => getComputedStyle(node).fontSize);
      assert.equal(fontSize, '12px');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
