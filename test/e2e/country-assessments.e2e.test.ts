import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createAssessment } from '../../src/services/assessments.ts';
import { importSharedCountryData } from '../support/country-data.ts';
import { createMember, testPassword } from '../support/test-accounts.ts';
import {
  collectPageErrors,
  assertAccessiblePages,
  launchBrowser,
  signInThroughForm,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

/** What a reader sees in each language, for the steps of the flow. */
const words = {
  en: {
    model: 'Country readiness for digital public goods',
    sector: 'Health',
    start: 'Start the assessment',
    finish: 'Finish and see the result',
    title: 'Kenya (Health)',
    heatMap: 'Heat map of the areas',
    actions: 'Prioritised actions',
  },
  fr: {
    model: 'Préparation du pays aux biens publics numériques',
    sector: 'Santé',
    start: "Commencer l'évaluation",
    finish: 'Terminer et voir le résultat',
    title: 'Kenya (Santé)',
    heatMap: 'Carte de chaleur des domaines',
    actions: 'Actions par ordre de priorité',
  },
} as const;

describe('a country readiness assessment in a real browser', { skip: skipWithoutChromium }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let email = '';
  let capacity = '';
  const results: string[] = [];

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await importSharedCountryData(server.db);
    const member = await createMember(server.db);
    email = member.viewer.user.email;
    capacity = (await createAssessment(server.db, member.viewer, { model: 'capacity-needs', country: 'KE' }))
      .id;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** From Kenya's page: start a readiness assessment for health, answer the policy question, finish. */
  async function assessKenya(page: Page, language: 'en' | 'fr') {
    const say = words[language];
    await page.goto(`/countries/KE?lang=${language}`);
    assert.equal(await page.locator('table.heat-map tbody tr').count(), 9, 'the open data, area by area');
    await page.getByLabel(say.model).check();
    await page.locator('#assess-country-sector').selectOption({ label: say.sector });
    await page.getByRole('button', { name: say.start }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}\/edit/);
    await page.locator('#field-a-openSourcePolicy-fully').check();
    await page.getByRole('button', { name: say.finish }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    results.push(new URL(page.url()).pathname);
  }

  for (const [language, javaScript] of [
    ['en', true],
    ['fr', false],
  ] as const) {
    test(`runs a readiness assessment for Kenya in ${language} (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const say = words[language];
      const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await signInThroughForm(page, email, testPassword);
      const errors = collectPageErrors(page);
      try {
        await assessKenya(page, language);
        assert.equal(await page.locator('h1').textContent(), say.title);
        assert.equal((await page.locator('#heat-map').textContent())?.trim(), say.heatMap);
        assert.equal(await page.locator('table.heat-map tbody tr').count(), 9);
        assert.equal((await page.locator('#recommendations').textContent())?.trim(), say.actions);
        const policy = page.locator('#indicator-open-source-policy');
        assert.equal(await policy.count(), 1);
        assert.ok((await page.locator('ol.recommendations > li').count()) > 0, 'actions are listed');
        assert.ok(
          (await page.locator('ol.recommendations a[href^="/evidence/"]').count()) > 0,
          'an action drawn from a case study links to its lesson',
        );
        await page.goto(`/countries/KE?lang=${language}`);
        assert.equal(await page.locator(`a[href="${results.at(-1)}"]`).textContent(), say.title);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('compares Kenya with Rwanda, and Kenya in 2020 with Kenya in 2025', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    try {
      await page.goto('/countries/compare?countries=KE');
      await page.locator('#compare-country-1').fill('RW');
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.waitForURL(/\/countries\/compare\?.*RW/);
      const headers = await page.locator('table.heat-map thead th').allTextContents();
      assert.deepEqual(headers.slice(1), ['Kenya', 'Rwanda']);
      await page.goto('/countries/compare?countries=KE:2020,KE:2025&model=country-readiness@1');
      assert.deepEqual((await page.locator('table.heat-map thead th').allTextContents()).slice(1), [
        'Kenya 2020',
        'Kenya 2025',
      ]);
    } finally {
      await context.close();
    }
  });

  test('the country assessment pages have no serious accessibility violation and fit 360 px', async () => {
    const result = results[0]!;
    const ids = results.map((pathname) => pathname.split('/')[2]);
    const paths = [
      '/countries/KE',
      result,
      `${result}/edit`,
      `/assessments/${capacity}?scale=national&products=2`,
      `/assessments/compare?ids=${ids.join(',')}`,
      '/countries/compare?countries=KE,RW,KE:2020&model=country-readiness@1&sector=health',
      '/countries/compare',
    ];
    await assertAccessiblePages(browser, server.url, paths, {
      signIn: { email, password: testPassword },
      openDetails: true,
    });
  });
});
