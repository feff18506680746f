import { Hono, type Context } from 'hono';
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
import { renderPage } from './pages/render-page.ts';
import { createAccountPages, signInPath } from './pages/accounts/account-pages.ts';
import { formToken } from './auth/form-token.ts';
import { viewer } from './auth/viewer.ts';
import { defaultAccountSettings, type AccountSettings } from '../config.ts';
import { retryAfterOf } from './problem.ts';
import { createAssessmentPages, productAssessments } from './pages/assessments/assessment-pages.ts';
import { createCostPages } from './pages/costs/cost-pages.ts';
import { createCountryPages } from './pages/countries/country-pages.ts';
import { createEvidencePages } from './pages/evidence/evidence-pages.ts';
import { createPages } from './pages/pages.ts';
import { createScanPages } from './pages/scans/scan-pages.ts';
import { scanSection } from './pages/scans/scan-section.ts';
import { problem, problemFor, sendProblem } from './problem.ts';
import { securityHeaders } from './security-headers.ts';
import { registerStaticFiles } from './static-files.ts';

/** What the web application needs; it never opens a port itself. */
export interface AppDependencies {
  catalog: Catalog;
  db: Kysely<Database>;
  defaultLanguage: Language;
  /** Session lifetimes (defaults when absent). */
  accounts?: AccountSettings;
  /** The public address of the app, for links handed to people; also turns on Secure cookies for https. */
  publicUrl?: string | undefined;
  /** The repository URL protocols a scan started from the web may clone (default: https only). */
  scanProtocols?: readonly string[];
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
  // A form posted from another site is refused twice over: by the Origin and Sec-Fetch-Site checks, and
  // by the form token it cannot know. Other methods and JSON bodies need a CORS preflight, never granted.
  // API calls with a token, or without a session cookie, carry no authority a forged form could borrow.
  const protect = csrf();
  const cookieFree = (c: Context<AppEnv>) =>
    isApi(c.req.path) &&
    (/^Bearer\s/i.test(c.req.header('authorization') ?? '') ||
      !/(^|;\s*)dpg_session=/.test(c.req.header('cookie') ?? ''));
  app.use((c, next) => (c.req.method === 'POST' && !cookieFree(c) ? protect(c, next) : next()));
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
  const accounts = deps.accounts ?? defaultAccountSettings;
  app.use(viewer(deps.db, accounts));
  app.use(formToken(deps.publicUrl));

  const api = createApi(deps.catalog, deps.db, deps.scanProtocols);
  app.route('/api/v1', api);
  const openApiDocument = () => api.getOpenAPI31Document(openApiInfo);
  app.route(
    '/',
    createPages(deps.catalog, openApiDocument, [
      scanSection(deps.db, deps.scanProtocols),
      productAssessments(deps.db),
    ]),
  );
  app.route('/', createScanPages(deps.db, deps.catalog, deps.scanProtocols));
  app.route('/', createAssessmentPages(deps.db, deps.catalog));
  app.route('/', createCountryPages(deps.db, deps.catalog));
  app.route('/', createEvidencePages());
  app.route('/', createCostPages(deps.db, deps.catalog));
  app.route('/', createAccountPages({ db: deps.db, settings: accounts, publicUrl: deps.publicUrl }));

  app.notFound((c) => {
    if (isApi(c.req.path))
      return sendProblem(c, problem(404, 'not_found', `Nothing is at ${c.req.path}.`, c.req.path));
    const t = c.get('t');
    return renderPage(c, { title: t.t('error.notFound'), body: errorPage(t, 404) }, 404);
  });
  app.onError((error, c) => {
    const body = problemFor(error, c.req.path);
    if (body.status >= 500) (deps.logError ?? console.error)(error);
    if (body.status === 429) c.header('retry-after', String(retryAfterOf(error)));
    if (body.status === 401) c.header('www-authenticate', 'Bearer realm="dpg-toolkit"');
    if (isApi(c.req.path)) return sendProblem(c, body);
    const t = c.get('t');
    if (!t) return sendProblem(c, body);
    if (body.status === 401) return c.redirect(signInPath(c.req.url), 303);
    return renderPage(
      c,
      { title: body.title, body: errorPage(t, body.status, body.detail) },
      body.status as 400,
    );
  });
  return app;
}
