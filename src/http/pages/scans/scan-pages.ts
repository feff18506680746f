import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../../services/catalog.ts';
import { getScan, requestProductScan } from '../../../services/scans.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { renderPage } from '../render-page.ts';
import { scanPage } from './scan.page.ts';

/** The scan pages: one scan's facts (or progress), and starting a scan of a product's repository. */
export function createScanPages(
  db: Kysely<Database>,
  catalog: Catalog,
  protocols?: readonly string[],
): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.get('/scans/:id', async (c) => {
    const t = c.get('t');
    const scan = await getScan(db, c.req.param('id'));
    const product = scan.productSlug ? (await catalog.index()).find(scan.productSlug) : undefined;
    return renderPage(c, {
      title: t.t('scan.title', { source: scan.source }),
      section: 'catalogue',
      body: scanPage(t, scan, product?.name),
    });
  });
  pages.post('/products/:slug/scans', async (c) => {
    const scan = await requestProductScan(db, catalog, c.get('viewer'), c.req.param('slug'), protocols);
    return c.redirect(`/scans/${scan.id}`, 303);
  });
  return pages;
}
