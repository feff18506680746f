import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createMember, testPassword } from '../support/test-accounts.ts';
import {
  collectPageErrors,
  assertAccessiblePages,
  launchBrowser,
  signInThroughForm,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

describe('cost scenarios in a real browser', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let scenarioPath = '';
  let email = '';

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    email = (await createMember(server.db)).viewer.user.email;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const javaScript of [true, false]) {
    test(`builds a scenario from a template, edits a line and reads the results (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await signInThroughForm(page, email, testPassword);
      const errors = collectPageErrors(page);
      try {
        await page.goto('/costs');
        await page.getByLabel('Name').fill('Health information in Senegal');
        await page.locator('#new-country').selectOption('SN');
        await page.getByLabel('Catalogue products').fill('dhis2');
        await page.getByRole('button', { name: 'Create the scenario' }).click();
        await page.waitForURL(/\/costs\/[0-9a-f-]{36}$/);
        scenarioPath = new URL(page.url()).pathname;
        assert.equal(await page.locator('h1').textContent(), 'Health information in Senegal');
        assert.equal(await page.locator('figure.chart svg').count(), 4);

        await page.getByRole('link', { name: 'Edit the scenario' }).click();
        await page.locator('#field-o1-l0-amount').fill('250000');
        await page.locator('#field-o1-l0-low').fill('200000');
        await page.locator('#field-o1-l0-high').fill('300000');
        await page.getByRole('button', { name: 'Save and see the results' }).click();
        await page.waitForURL(/\/costs\/[0-9a-f-]{36}$/);
        const summary = await page.locator('ul.summary').textContent();
        assert.match(summary ?? '', /Over 10 years, “Adopt the DPG with a local integrator” costs the least/);
        assert.match(summary ?? '', /from year 1 on|from year 2 on|costs .* more/);
        const licence = await page.locator('table tbody tr').nth(1).locator('td').first().textContent();
        assert.match(licence ?? '', /^\$[\d,]+$/);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('a mistake in the editor is shown next to the field, with what was typed kept', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signInThroughForm(page, email, testPassword);
    try {
      await page.goto(`${scenarioPath}/edit`);
      await page.locator('#field-o0-l1-endYear').fill('-4');
      await page.getByRole('button', { name: 'Save and see the results' }).click();
      assert.match((await page.locator('.error-summary').textContent()) ?? '', /end year must be 0 or more/);
      assert.equal(await page.locator('#field-o0-l1-endYear').inputValue(), '-4');
      assert.equal(await page.locator('#field-o0-l1-endYear').getAttribute('aria-invalid'), 'true');
    } finally {
      await context.close();
    }
  });

  test('the pages have no serious accessibility violation and fit a 360 px screen', async () => {
    await assertAccessiblePages(
      browser,
      server.url,
      ['/costs', scenarioPath, `${scenarioPath}/edit`, `${scenarioPath}/delete`],
      { signIn: { email, password: testPassword } },
    );
  });

  test('the charts obey the content security policy', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signInThroughForm(page, email, testPassword);
    const errors = collectPageErrors(page);
    try {
      await page.goto(scenarioPath);
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
