import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { csrf } from 'hono/csrf';
import type { Kysely } from 'kysely';
import type { Language } from '../i18n/translate.ts';
import type { Catalog } from '../services/catalog.ts';
import type { Database } from '../storage/schema.ts';
import { createApi, openApiInfo } from './api/api.ts';
import type { AppEnv } from './env.ts';
import { language } from './language.ts';
import { errorPage } from './pages/error.page.ts';
import { layout } from './pages/layout.ts';
import { createCostPages } from './pages/costs/cost-pages.ts';
import { createPages } from './pages/pages.ts';
import { problem, problemFor, sendProblem } from './problem.ts';
import { securityHeaders } from './security-headers.ts';
import { registerStaticFiles } from './static-files.ts';

/** What the web application needs; it never opens a port itself. */
export interface AppDependencies {
  catalog: Catalog;
  db: Kysely<Database>;
  defaultLanguage: Language;
  /** Where unexpected errors are reported. */
  logError?: (error: unknown) => void;
}

/** The largest request body accepted (a scenario file, a form). */
export const maxBodyBytes = 1024 * 1024;

/** Builds the web application: pages, JSON API, static files, one error handler. */
export function createApp(deps: AppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const isApi = (path: string) => path.startsWith('/api/v1');
  app.use(compress());
  app.use(securityHeaders());
  app.use(language(deps.defaultLanguage));
  registerStaticFiles(app);
  // A form posted from another site is refused (Origin and Sec-Fetch-Site checks). Forms can only GET
  // and POST; other methods and JSON bodies need a CORS preflight, which this app never grants.
  const protect = csrf();
  app.use((c, next) => (c.req.method === 'POST' ? protect(c, next) : next()));
  app.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        sendProblem(
          c,
          problem(413, 'payload_too_large', `The request body exceeds ${maxBodyBytes} bytes.`, c.req.path),
        ),
    }),
  );

  const api = createApi(deps.catalog, deps.db);
  app.route('/api/v1', api);
  const openApiDocument = () => api.getOpenAPI31Document(openApiInfo);
  app.route('/', createPages(deps.catalog, openApiDocument));
  app.route('/', createCostPages(deps.db, deps.catalog));

  app.notFound((c) => {
    if (isApi(c.req.path))
      return sendProblem(c, problem(404, 'not_found', `Nothing is at ${c.req.path}.`, c.req.path));
    const t = c.get('t');
    return c.html(
      layout(t, { title: t.t('error.notFound'), url: new URL(c.req.url), body: errorPage(t, 404) }),
      404,
    );
  });
  app.onError((error, c) => {
    const body = problemFor(error, c.req.path);
    if (body.status >= 500) (deps.logError ?? console.error)(error);
    if (isApi(c.req.path)) return sendProblem(c, body);
    const t = c.get('t');
    if (!t) return sendProblem(c, body);
    return c.html(
      layout(t, { title: body.title, url: new URL(c.req.url), body: errorPage(t, body.status, body.detail) }),
      body.status as 400,
    );
  });
  return app;
}
