import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { setupLinkIfNeeded } from '../../src/services/accounts/first-administrator.ts';
import {
  collectPageErrors,
  documentWidth,
  launchBrowser,
  seriousAxeViolations,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

const adminPassword = 'a long and quiet evening in Dakar';
const memberPassword = 'seven green hills above Kigali';

describe('accounts in a real browser, without JavaScript', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const newPage = async (javaScriptEnabled = false): Promise<Page> =>
    (await browser.newContext({ baseURL: server.url, javaScriptEnabled })).newPage();

  test('set up the first administrator, invite a member, keep a draft private, publish it, read it signed out', async () => {
    const admin = await newPage();
    const adminErrors = collectPageErrors(admin);
    const setup = (await setupLinkIfNeeded(server.db)) ?? assert.fail('no set-up link on a new instance');
    await admin.goto(setup);
    await admin.getByLabel('E-mail address').fill('admin@health.gov.example');
    await admin.getByLabel('Name', { exact: true }).fill('Amina Diallo');
    await admin.getByLabel('New password').fill(adminPassword);
    await admin.getByLabel('Organisation name').fill('Ministry of Health');
    await admin.getByRole('button', { name: 'Create the administrator' }).click();
    await admin.waitForURL(/\/organisations$/);
    await admin.goto('/organisations/ministry-of-health');

    await admin.getByLabel('E-mail address').fill('analyst@health.gov.example');
    await admin.getByLabel('Role', { exact: true }).selectOption('editor');
    await admin.getByRole('button', { name: 'Make an invitation link' }).click();
    const invitation = await admin.locator('#one-time-link').inputValue();
    assert.match(invitation, /\/invitations\//);

    const member = await newPage();
    await member.goto(invitation);
    await member.getByLabel('Name', { exact: true }).fill('Jean Analyst');
    await member.getByLabel('New password').fill(memberPassword);
    await member.getByRole('button', { name: 'Create my account and join' }).click();
    await member.waitForURL(/\/organisations$/);
    await member.goto('/costs');
    await member.getByLabel('Name').fill('Immunisation registry budget');
    await member.locator('#new-country').selectOption('SN');
    await member.getByRole('button', { name: 'Create the scenario' }).click();
    await member.waitForURL(/\/costs\/[0-9a-f-]{36}$/);
    const draft = new URL(member.url()).pathname;
    assert.match(
      (await member.locator('.visibility').textContent()) ?? '',
      /Only the members of Ministry of Health/,
    );
    assert.equal(
      await member.getByRole('button', { name: 'Publish' }).count(),
      0,
      'an editor does not publish',
    );

    const visitor = await newPage();
    assert.equal((await visitor.goto(draft))?.status(), 404);
    assert.doesNotMatch(await (await visitor.goto('/costs'))!.text(), /Immunisation registry budget/);

    await admin.goto(draft);
    await admin.getByRole('button', { name: 'Publish' }).click();
    await admin.waitForURL(new RegExp(`${draft}$`));
    assert.match((await admin.locator('.visibility').textContent()) ?? '', /Anyone can read it/);

    const response = await visitor.goto(draft);
    assert.equal(response?.status(), 200);
    assert.equal(await visitor.locator('h1').textContent(), 'Immunisation registry budget');
    assert.equal(await visitor.getByRole('link', { name: 'Edit the scenario' }).count(), 0);
    assert.deepEqual(adminErrors, []);

    await admin.goto('/organisations/ministry-of-health/audit');
    const log = (await admin.locator('table').textContent()) ?? '';
    for (const action of [
      'member.invited',
      'member.joined',
      'cost_scenario.created',
      'cost_scenario.published',
    ])
      assert.match(log, new RegExp(action.replace('.', '\\.')));
  });

  test('the account pages have no serious accessibility violation and fit a 360 px screen', async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      bypassCSP: true,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    try {
      for (const path of ['/sign-in']) {
        for (const language of ['en', 'fr']) {
          await page.goto(`${path}?lang=${language}`);
          assert.deepEqual(await seriousAxeViolations(page), [], `${path} ${language}`);
          assert.ok((await documentWidth(page)) <= 360, `${path} scrolls sideways at 360 px`);
        }
      }
      await page.goto('/sign-in?lang=en');
      await page.getByLabel('E-mail address').fill('admin@health.gov.example');
      await page.getByLabel('Password').fill(adminPassword);
      await page.getByRole('button', { name: 'Sign in' }).last().click();
      await page.waitForURL(/\/organisations$/);
      for (const path of [
        '/organisations',
        '/organisations/ministry-of-health',
        '/organisations/ministry-of-health/audit',
        '/account',
        '/admin',
      ]) {
        for (const language of ['en', 'fr']) {
          await page.goto(`${path}?lang=${language}`);
          const violations = await seriousAxeViolations(page);
          assert.deepEqual(violations, [], `axe on ${path} (${language}):\n${violations.join('\n')}`);
          assert.ok((await documentWidth(page)) <= 360, `${path} scrolls sideways at 360 px`);
        }
      }
    } finally {
      await context.close();
    }
  });
});
