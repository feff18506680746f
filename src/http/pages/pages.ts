import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CatalogQuery } from '../../core/catalog/catalog-query.ts';
import type { Catalog } from '../../services/catalog.ts';
import type { AppEnv } from '../env.ts';
import { apiReferencePage } from './api-reference.page.ts';
import { cataloguePage } from './catalogue.page.ts';
import { errorPage } from './error.page.ts';
import { layout } from './layout.ts';
import { productPage } from './product.page.ts';

/** The server-rendered pages. */
export function createPages(catalog: Catalog, openApiDocument: () => object): Hono<AppEnv> {
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
      return c.html(layout(t, { title: t.t('error.badRequest'), url, body: errorPage(t, 400, detail) }), 400);
    }
    const page = (await catalog.index()).query({ ...parsed.data, cursor: undefined });
    const title = parsed.data.q ? t.t('catalogue.titleSearch', { q: parsed.data.q }) : t.t('catalogue.title');
    return c.html(layout(t, { title, url, section: 'catalogue', body: cataloguePage(t, parsed.data, page) }));
  });

  pages.get('/products/:slug', async (c) => {
    const t = c.get('t');
    const url = new URL(c.req.url);
    const product = (await catalog.index()).find(c.req.param('slug'));
    if (!product) return notFound(c.html, t, url);
    return c.html(
      layout(t, { title: product.name, url, section: 'catalogue', body: productPage(t, product) }),
    );
  });

  pages.get('/api', (c) => {
    const t = c.get('t');
    const url = new URL(c.req.url);
    return c.html(
      layout(t, {
        title: t.t('api.title'),
        url,
        section: 'api',
        body: apiReferencePage(t, openApiDocument()),
      }),
    );
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

type HtmlResponder = (
  body: ReturnType<typeof layout>,
  status?: ContentfulStatusCode,
) => Response | Promise<Response>;

function notFound(respond: HtmlResponder, t: AppEnv['Variables']['t'], url: URL) {
  return respond(layout(t, { title: t.t('error.notFound'), url, body: errorPage(t, 404) }), 404);
}
