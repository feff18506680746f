import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { can } from '../../../core/access/permission.ts';
import { issuesOf } from '../../../core/assessment/input-issue.ts';
import { countryName } from '../../../core/catalog/country.ts';
import { CountryFilter } from '../../../core/country/country-directory.ts';
import { DomainError } from '../../../core/errors.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { actorOf } from '../../../services/accounts/viewer.ts';
import { assessSubject } from '../../../services/assessment-subject.ts';
import { countryModels, listVisibleAssessments } from '../../../services/assessments.ts';
import type { Catalog } from '../../../services/catalog.ts';
import {
  compareAssessments,
  comparisonSize,
  type ComparedAssessment,
} from '../../../services/compare-assessments.ts';
import { countryList, countryOverview } from '../../../services/countries.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { errorPage } from '../error.page.ts';
import { listParameter } from '../list-parameter.ts';
import { renderPage } from '../render-page.ts';
import { countriesPage } from './countries.page.ts';
import { countryAssessmentsSection } from './country-assessments.ts';
import { countryComparePage, type CountryCompareView } from './country-compare.page.ts';
import { localName } from './country-labels.ts';
import { countryPage } from './country.page.ts';

/** A comparison column's heading in the reader's language: the country's name, and the data's year. */
function entryTitle(t: Translator, entry: ComparedAssessment): string {
  const name = entry.countryCode ? countryName(entry.countryCode, t.language) : undefined;
  if (!name) return entry.title;
  return entry.dataYear === null ? name : `${name} ${entry.dataYear}`;
}

/** The country pages: `/countries`, `/countries/{code}` with its assessments, `/countries/compare`. */
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
  pages.get('/countries/compare', async (c) => {
    const t = c.get('t');
    const countries = listParameter(c, 'countries');
    const model = c.req.query('model')?.trim() || undefined;
    const sector = c.req.query('sector')?.trim() || undefined;
    const models = await countryModels();
    const form = { countries, model, sector };
    const frame = (view: CountryCompareView, status = 200) =>
      renderPage(
        c,
        { title: t.t('countryCompare.title'), section: 'countries', body: countryComparePage(t, view) },
        status as 200,
      );
    if (countries.length < comparisonSize.min || !model) return frame({ models, form });
    try {
      const comparison = await compareAssessments(db, c.get('viewer'), { countries, model, sector });
      comparison.entries = comparison.entries.map((entry) => ({ ...entry, title: entryTitle(t, entry) }));
      const chart = (await import('../assessments/assessment-charts.ts')).comparisonChart(
        t,
        comparison.model,
        comparison.entries,
      );
      return frame({ models, form, comparison, chart });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      const reason = issuesOf(error)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ');
      return frame({ models, form, error: t.t('countryCompare.failed', { reason }) }, 400);
    }
  });
  pages.get('/countries/:code', async (c) => {
    const t = c.get('t');
    const code = c.req.param('code');
    const overview = await countryOverview(db, catalog, code);
    if (!overview) return renderPage(c, { title: t.t('error.notFound'), body: errorPage(t, 404) }, 404);
    if (overview.profile.code !== code)
      return c.redirect(`/countries/${overview.profile.code}${new URL(c.req.url).search}`, 301);
    const viewer = c.get('viewer');
    const models = await countryModels();
    const readiness = models.filter((model) => model.id === 'country-readiness').at(-1);
    const preview =
      readiness && overview.indicators.length > 0
        ? {
            model: readiness,
            result: (
              await assessSubject(
                db,
                readiness,
                { kind: 'country', profile: overview.profile, sector: undefined },
                {},
                new Date(),
                { indicators: overview.indicators },
              )
            ).result,
          }
        : undefined;
    const assessments = countryAssessmentsSection(t, {
      code: overview.profile.code,
      name: localName(t, overview.profile),
      models,
      assessments: await listVisibleAssessments(db, viewer, { country: overview.profile.code, limit: 50 }),
      preview,
      csrf: c.get('csrfToken'),
      canCreate: can(actorOf(viewer), 'create'),
      signedIn: Boolean(viewer),
    });
    return renderPage(c, {
      title: localName(t, overview.profile),
      section: 'countries',
      body: countryPage(t, overview, assessments),
    });
  });
  return pages;
}
