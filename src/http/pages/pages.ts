import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Product } from '../../core/catalog/product.ts';
import { renderPage } from './render-page.ts';
import { CatalogQuery } from '../../core/catalog/catalog-query.ts';
import type { Catalog } from '../../services/catalog.ts';
import type { AppEnv } from '../env.ts';
import { apiReferencePage } from './api-reference.page.ts';
import { cataloguePage } from './catalogue.page.ts';
import { errorPage } from './error.page.ts';
import { productPage } from './product.page.ts';

/** A section another part of the app adds below a product's page (its scans, its assessments). */
export type ProductSection = (
  c: Context<AppEnv>,
  product: Product,
) => Promise<HtmlEscapedString> | HtmlEscapedString;

/** The server-rendered pages. */
export function createPages(
  catalog: Catalog,
  openApiDocument: () => object,
  productSections: ProductSection[] = [],
): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.get('/', (c) => c.redirect('/products', 302));

  pages.get('/products', async (c) => {
    const t = c.get('t');
    const url = new URL(c.req.url);
    const parsed = CatalogQuery.safeParse(queryObject(url));
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      return renderPage(c, { title: t.t('error.badRequest'), body: errorPage(t, 400, detail) }, 400);
    }
    const page = (await catalog.index()).query({ ...parsed.data, cursor: undefined });
    const title = parsed.data.q ? t.t('catalogue.titleSearch', { q: parsed.data.q }) : t.t('catalogue.title');
    return renderPage(c, { title, section: 'catalogue', body: cataloguePage(t, parsed.data, page) });
  });

  pages.get('/products/:slug', async (c) => {
    const t = c.get('t');
    const product = (await catalog.index()).find(c.req.param('slug'));
    if (!product) return renderPage(c, { title: t.t('error.notFound'), body: errorPage(t, 404) }, 404);
    const sections = await Promise.all(productSections.map((section) => section(c, product)));
    return renderPage(c, {
      title: product.name,
      section: 'catalogue',
      body: html`${productPage(t, product)}${sections}`,
    });
  });

  pages.get('/api', (c) => {
    const t = c.get('t');
    return renderPage(c, {
      title: t.t('api.title'),
      section: 'api',
      body: apiReferencePage(t, openApiDocument()),
    });
  });
  return pages;
}

/** The query string as an object, repeated keys as lists (`?type=data&type=content`). */
export function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === 'lang') continue;
    const values = url.searchParams.getAll(key);
    result[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return result;
}
