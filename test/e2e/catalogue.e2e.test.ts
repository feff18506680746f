import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  collectPageErrors,
  documentWidth,
  launchBrowser,
  skipWithoutChromium,
  startTestServer,
} from '../support/browser.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe('catalogue in a real browser', { skip: skipWithoutChromium }, () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh context (no cookies) and page; `afterEach` checks it logged no error, such as a CSP refusal. */
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
    context = await browser.newContext({ baseURL: server.url, locale: 'en-GB', ...options });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(path);
    return page;
  }
  afterEach(async () => {
    await context?.close();
    assert.deepEqual(errors, [], 'the pages log no error');
  });

  const resultNames = (p: Page) => p.locator('.product-list .product-card h3').allTextContents();

  async function search(p: Page, words: string) {
    await p.getByRole('searchbox', { name: /Search by name/ }).fill(words);
    await Promise.all([
      p.waitForURL((url) => url.searchParams.get('q') === words),
      p.getByRole('button', { name: 'Search', exact: true }).click(),
    ]);
  }

  test('search forgives a typo and finds by name', async () => {
    const p = await open('/products');
    await search(p, 'primro');
    assert.ok((await resultNames(p)).includes('Primero'), `Primero among ${await resultNames(p)}`);
    assert.match(
      await p.getByRole('heading', { level: 2, name: /Results for “primro”/ }).innerText(),
      /\d+ products?/,
    );
    assert.equal(await p.getByRole('searchbox').inputValue(), 'primro', 'the box keeps the words');

    await search(p, 'dhis');
    assert.equal((await resultNames(p))[0], 'DHIS2', 'the best match comes first');
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`a facet filter gives a shareable URL (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const p = await open('/products', { javaScriptEnabled });
      const dataBox = p.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Data\b/ });
      await dataBox.click();
      // With JavaScript the form submits itself on change; without it, nothing happens until "Apply filters".
      if (javaScriptEnabled) await p.waitForURL(/[?&]type=data\b/);
      else assert.doesNotMatch(p.url(), /type=data/);
      await Promise.all([
        p.waitForURL(/[?&]type=data\b/, { waitUntil: 'load' }),
        p.getByRole('button', { name: 'Apply filters' }).click(),
      ]);

      const url = new URL(p.url());
      assert.deepEqual(url.searchParams.getAll('type'), ['data']);
      assert.ok(
        await p
          .getByRole('group', { name: 'Type' })
          .getByRole('checkbox', { name: /^Data\b/ })
          .isChecked(),
      );
      const cards = p.locator('.product-list .product-card');
      const count = await cards.count();
      assert.ok(count > 0, 'some products are data');
      for (let i = 0; i < count; i++) {
        const badges = await cards.nth(i).locator('.badge').allTextContents();
        assert.ok(badges.includes('Data'), `card ${i} has badges ${badges.join(', ')}`);
      }
      assert.ok(
        await p.getByRole('link', { name: 'Remove filter Type: Data' }).isVisible(),
        'the chip shows',
      );
      const names = await resultNames(p);

      // The same link, opened by someone else, shows the same results.
      const elsewhere = await browser.newContext({ javaScriptEnabled });
      try {
        const shared = await elsewhere.newPage();
        await shared.goto(url.href);
        assert.deepEqual(await resultNames(shared), names);
      } finally {
        await elsewhere.close();
      }
      await p.reload();
      assert.deepEqual(await resultNames(p), names);
    });
  }

  test('a result opens its product page: licences, SDGs, repositories', async () => {
    const p = await open('/products?q=dhis');
    await Promise.all([
      p.waitForURL('**/products/dhis2'),
      p.getByRole('link', { name: 'DHIS2', exact: true }).click(),
    ]);
    assert.equal(await p.getByRole('heading', { level: 1 }).innerText(), 'DHIS2');
    assert.match(await p.title(), /^DHIS2 · DPG Toolkit$/);

    const table = p.getByRole('region', { name: 'Licences' }).getByRole('table');
    const headers = await table.getByRole('columnheader').allInnerTexts();
    assert.ok(
      headers.some((header) => /SPDX/.test(header)),
      `headers: ${headers.join(' | ')}`,
    );
    assert.ok(
      headers.some((header) => /OSI/.test(header)),
      `headers: ${headers.join(' | ')}`,
    );
    const firstRow = (await table.locator('tbody tr').first().locator('td').allInnerTexts()).map((cell) =>
      cell.trim(),
    );
    assert.match(firstRow[0] ?? '', /^[A-Za-z0-9.+-]+$/, 'an SPDX identifier');
    assert.ok(['Yes', 'No', 'Unknown'].includes(firstRow[2] ?? ''), `OSI cell: ${firstRow[2]}`);

    const sdgs = await p
      .getByRole('region', { name: 'Sustainable Development Goals' })
      .getByRole('listitem')
      .allInnerTexts();
    assert.ok(
      sdgs.some((sdg) => /^3\. Good health and well-being/.test(sdg)),
      `SDGs: ${sdgs.join(' | ')}`,
    );
    const repositories = p.getByRole('region', { name: 'Repositories' }).getByRole('link');
    assert.ok((await repositories.count()) > 0);
    assert.match((await repositories.first().getAttribute('href')) ?? '', /^https:\/\//);

    await Promise.all([
      p.waitForURL('**/products'),
      p.getByRole('link', { name: 'Catalogue' }).first().click(),
    ]);
  });

  test('"Français" switches the pages to French, and the choice stays', async () => {
    const p = await open('/products');
    assert.equal(await p.getAttribute('html', 'lang'), 'en');
    await Promise.all([p.waitForURL(/lang=fr/), p.getByRole('link', { name: 'Français' }).click()]);
    assert.equal(await p.getAttribute('html', 'lang'), 'fr');
    assert.equal(
      await p.getByRole('heading', { level: 1 }).innerText(),
      'Catalogue des biens publics numériques',
    );
    const english = p.getByRole('link', { name: 'English' });
    assert.equal(await english.getAttribute('hreflang'), 'en');
    assert.equal(await english.getAttribute('lang'), 'en');
    assert.equal(await p.getByRole('link', { name: 'Français' }).getAttribute('aria-current'), 'true');

    // The cookie keeps French on pages reached without ?lang=.
    await p.goto('/products/dhis2');
    assert.equal(await p.getAttribute('html', 'lang'), 'fr');
    assert.ok(
      await p.getByRole('heading', { level: 2, name: 'Objectifs de développement durable' }).isVisible(),
    );
    assert.ok(await p.getByRole('columnheader', { name: 'Approuvée par l’OSI' }).isVisible());

    await Promise.all([p.waitForURL(/lang=en/), p.getByRole('link', { name: 'English' }).click()]);
    assert.equal(await p.getAttribute('html', 'lang'), 'en');
    assert.ok(await p.getByRole('heading', { level: 2, name: 'Sustainable Development Goals' }).isVisible());
  });

  test('at 360 px nothing scrolls sideways', async () => {
    const p = await open('/products', { viewport: { width: 360, height: 740 } });
    const listing = (await (await fetch(`${server.url}/api/v1/products?pageSize=100`)).json()) as {
      items: { slug: string }[];
    };
    const paths = [
      '/products',
      '/products?q=health&type=software',
      '/products?lang=fr',
      '/api',
      ...listing.items.map((item) => `/products/${item.slug}`),
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await p.goto(path);
      const width = await documentWidth(p);
      if (width > 360) wide.push(`${path}: ${width}px`);
    }
    assert.deepEqual(wide, [], 'pages wider than a 360 px screen');
  });
});
