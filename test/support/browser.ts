import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/main.ts';

/** The system Chromium the browser tests drive (Debian's package; never downloaded). */
export const chromiumPath = '/usr/bin/chromium';

/** `false` when Chromium is installed, else the reason to give `test`/`describe` as `skip`. */
export const skipWithoutChromium: false | string = existsSync(chromiumPath)
  ? false
  : `browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`;

/** Headless Chromium, with nothing that reaches past loopback. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The real server on a free loopback port, over an in-memory database holding the starter catalogue. */
export function startTestServer() {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    SEED_STARTER_CATALOG: 'true',
    COUNTRY_DATA_DIR: '',
  });
  return startServer(config, () => {});
}

/**
 * Collects what a page logs as an error (a CSP refusal, a script error, a missing file shows here).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    errors.push(`${page.url()}: ${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** No horizontal scrolling: the document is no wider than the viewport. */
export function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the current page and returns its serious and critical violations, one readable line
 * per element. The page's context must be made with `bypassCSP: true`, or the injected script is refused.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(...args: unknown[]): Promise<{ violations: unknown }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations as AxeViolation[];
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.impact} ${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ` +
          `${(node.failureSummary ?? '').replace(/\s+/g, ' ')} ${violation.helpUrl}`,
      ),
    );
}

/** Signs a page in through the real sign-in form. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.waitForURL(/\/organisations$/);
}

/**
 * Opens each path in English and French in a 360 px wide context (signed in first when `signIn` is
 * given; the content security policy is bypassed so that axe can run) and asserts that axe finds no
 * serious violation and that nothing scrolls sideways. With `openDetails`, every `<details>` is opened
 * first, so that what it hides is checked too.
 */
export async function assertAccessiblePages(
  browser: Browser,
  baseURL: string,
  paths: readonly string[],
  options: { signIn?: { email: string; password: string }; openDetails?: boolean } = {},
): Promise<void> {
  const context = await browser.newContext({
    baseURL,
    bypassCSP: true,
    viewport: { width: 360, height: 740 },
  });
  try {
    if (options.signIn) {
      const first = await context.newPage();
      await signInThroughForm(first, options.signIn.email, options.signIn.password);
      await first.close();
    }
    for (const path of paths) {
      for (const language of ['en', 'fr']) {
        const page = await context.newPage();
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${language}`);
        if (options.openDetails)
          await page
            .locator('details')
            .evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], `axe on ${path} (${language}):\n${violations.join('\n')}`);
        assert.ok((await documentWidth(page)) <= 360, `${path} (${language}) scrolls sideways at 360 px`);
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
}
