import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { CountryFilter } from '../../../core/country/country-directory.ts';
import type { Catalog } from '../../../services/catalog.ts';
import { countryList, countryOverview } from '../../../services/countries.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { errorPage } from '../error.page.ts';
import { renderPage } from '../render-page.ts';
import { localName } from './country-labels.ts';
import { countriesPage } from './countries.page.ts';
import { countryPage } from './country.page.ts';

/** The public country pages: `/countries` and `/countries/{code}`. */
export function createCountryPages(db: Kysely<Database>, catalog: Catalog): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.get('/countries', async (c) => {
    const t = c.get('t');
    const raw = { region: c.req.query('region') || undefined, income: c.req.query('income') || undefined };
    const parsed = CountryFilter.safeParse(raw);
    if (!parsed.success)
      return renderPage(
        c,
        { title: t.t('error.badRequest'), body: errorPage(t, 400, t.t('countries.badFilter')) },
        400,
      );
    const { items, regions } = await countryList(db, catalog, parsed.data);
    return renderPage(c, {
      title: t.t('countries.title'),
      section: 'countries',
      body: countriesPage(t, { items, regions, filter: parsed.data }),
    });
  });
  pages.get('/countries/:code', async (c) => {
    const t = c.get('t');
    const code = c.req.param('code');
    const overview = await countryOverview(db, catalog, code);
    if (!overview) return renderPage(c, { title: t.t('error.notFound'), body: errorPage(t, 404) }, 404);
    if (overview.profile.code !== code)
      return c.redirect(`/countries/${overview.profile.code}${new URL(c.req.url).search}`, 301);
    return renderPage(c, {
      title: localName(t, overview.profile),
      section: 'countries',
      body: countryPage(t, overview),
    });
  });
  return pages;
}
