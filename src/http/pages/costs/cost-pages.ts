import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { isCountryCode } from '../../../core/catalog/country.ts';
import { costTemplate, costTemplateIds, type CostTemplateId } from '../../../core/cost/cost-template.ts';
import { readScenarioText } from '../../../core/cost/scenario-file.ts';
import { analyseScenario } from '../../../core/cost/scenario-analysis.ts';
import { costTables } from '../../../report/cost/cost-tables.ts';
import { issuesOf, type InputIssue } from '../../../core/assessment/input-issue.ts';
import { DomainError } from '../../../core/errors.ts';
import type { Catalog } from '../../../services/catalog.ts';
import {
  createCostScenario,
  getCostScenario,
  removeCostScenario,
  listVisibleCostScenarios,
  saveCostScenario,
  setCostScenarioPublished,
  validateDraft,
} from '../../../services/cost-scenarios.ts';
import { can } from '../../../core/access/permission.ts';
import { authorise } from '../../../services/accounts/authorise.ts';
import { actorOf } from '../../../services/accounts/viewer.ts';
import { renderPage } from '../render-page.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { formValues } from '../form-values.ts';
import { costDeletePage } from './cost-delete.page.ts';
import { costEditPage, type CostEditView } from './cost-edit.page.ts';
import { formValuesOf, readForm } from './cost-form.ts';
import { costScenarioPage } from './cost-scenario.page.ts';
import { costsPage } from './costs.page.ts';

/** The cost pages: list, start from a template, import, results, edit, delete. */
export function createCostPages(db: Kysely<Database>, catalog: Catalog): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const frame = (c: Context<AppEnv>, title: string, body: ReturnType<typeof costsPage>, status = 200) =>
    renderPage(c, { title, section: 'costs', body }, status as 200);

  const listPage = async (c: Context<AppEnv>, error?: string, status = 200) => {
    const t = c.get('t');
    const requested = c.req.query('country')?.toUpperCase();
    const country = requested && isCountryCode(requested) ? requested : undefined;
    const viewer = c.get('viewer');
    const scenarios = await listVisibleCostScenarios(db, viewer, { country, limit: 200 });
    const view = {
      scenarios,
      country,
      error,
      csrf: c.get('csrfToken'),
      canCreate: can(actorOf(viewer), 'create'),
      signedIn: Boolean(viewer),
    };
    return frame(c, t.t('costs.title'), costsPage(t, view), status);
  };

  pages.get('/costs', (c) => listPage(c));

  pages.post('/costs', async (c) => {
    const t = c.get('t');
    const form = await formValues(c);
    const template = (costTemplateIds as readonly string[]).includes(form.template ?? '')
      ? (form.template as CostTemplateId)
      : 'dpg-vs-proprietary';
    const name = form.name?.trim() || t.label('costTemplate.name', template);
    const scenario = costTemplate(template, (key) => t.label('costTemplate', key), name);
    const products = (form.products ?? '')
      .split(',')
      .map((slug) => slug.trim())
      .filter(Boolean);
    try {
      const record = await createCostScenario(db, c.get('viewer'), {
        country: form.country ?? '',
        products,
        scenario,
      });
      return c.redirect(`/costs/${record.id}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      const reason = issuesOf(error)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ');
      return listPage(c, t.t('costs.createFailed', { reason }), 400);
    }
  });

  pages.post('/costs/import', async (c) => {
    const t = c.get('t');
    const body = await c.req.parseBody();
    const file = body.file;
    try {
      if (!(file instanceof File) || file.size === 0)
        throw new DomainError('invalid_input', t.t('costs.importNoFile'));
      const scenario = readScenarioText(await file.text(), file.name.endsWith('.json') ? 'json' : undefined);
      const country = typeof body.country === 'string' ? body.country : '';
      const record = await createCostScenario(db, c.get('viewer'), { country, products: [], scenario });
      return c.redirect(`/costs/${record.id}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      return listPage(c, t.t('costs.importFailed', { reason: error.message }), 400);
    }
  });

  pages.get('/costs/:id', async (c) => {
    const t = c.get('t');
    const viewer = c.get('viewer');
    const actor = actorOf(viewer);
    const record = await getCostScenario(db, viewer, c.req.param('id'));
    const analysis = analyseScenario(record.scenario);
    const index = await catalog.index();
    const products = record.products.map((slug) => ({ slug, name: index.find(slug)?.name ?? slug }));
    return frame(
      c,
      record.scenario.name,
      costScenarioPage(t, {
        record,
        analysis,
        products,
        charts: (await loadCharts()).costCharts(t, record.scenario, analysis),
        tables: costTables(record.scenario, analysis, t).map(({ id, title }) => ({ id, title })),
        can: { edit: can(actor, 'update', record), publish: can(actor, 'publish', record) },
        csrf: c.get('csrfToken'),
        organisationName: viewer?.memberships.find((m) => m.id === record.organisationId)?.name,
      }),
    );
  });

  const editPage = (c: Context<AppEnv>, view: CostEditView, status = 200) =>
    frame(c, c.get('t').t('costs.editTitle'), costEditPage(c.get('t'), view), status);

  pages.get('/costs/:id/edit', async (c) => {
    const record = await getCostScenario(db, c.get('viewer'), c.req.param('id'));
    authorise(c.get('viewer'), 'update', record, 'cost scenario');
    return editPage(c, {
      id: record.id,
      revision: record.revision,
      values: formValuesOf(record),
      errors: {},
      csrf: c.get('csrfToken'),
    });
  });

  pages.post('/costs/:id', async (c) => {
    const t = c.get('t');
    const id = c.req.param('id');
    const values = await formValues(c);
    const revision = Number(values.revision);
    const read = readForm(values, t);
    const refused = (issues: InputIssue[]) => {
      const errors = { ...read.errors };
      // A row whose text could not be read is judged once that text is fixed, not on stand-in values.
      const unread = new Set(Object.keys(read.errors).map(rowOf));
      for (const issue of issues) {
        const field = read.fieldOf(issue.path);
        if (!unread.has(rowOf(field))) errors[field] ??= issue.message;
      }
      return editPage(c, { id, revision, values, errors, csrf: c.get('csrfToken') }, 400);
    };
    try {
      if (Object.keys(read.errors).length > 0) {
        await validateDraft(db, read.draft);
        return refused([]);
      }
      const record = await saveCostScenario(db, c.get('viewer'), id, revision, read.draft);
      return c.redirect(`/costs/${record.id}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'invalid_input') return refused(issuesOf(error));
      if (error.code === 'conflict') {
        const current = Number(error.details?.revision);
        return editPage(
          c,
          {
            id,
            revision: current,
            values,
            errors: {},
            notice: t.t('costs.conflict', { revision: current }),
            csrf: c.get('csrfToken'),
          },
          409,
        );
      }
      throw error;
    }
  });

  pages.get('/costs/:id/delete', async (c) => {
    const record = await getCostScenario(db, c.get('viewer'), c.req.param('id'));
    authorise(c.get('viewer'), 'delete', record, 'cost scenario');
    return frame(
      c,
      c.get('t').t('costs.deleteTitle'),
      costDeletePage(c.get('t'), record, c.get('csrfToken')),
    );
  });

  pages.post('/costs/:id/publish', async (c) => {
    const form = await formValues(c);
    const record = await setCostScenarioPublished(
      db,
      c.get('viewer'),
      c.req.param('id'),
      form.published === '1',
    );
    return c.redirect(`/costs/${record.id}`, 303);
  });

  pages.post('/costs/:id/delete', async (c) => {
    await removeCostScenario(db, c.get('viewer'), c.req.param('id'));
    return c.redirect('/costs', 303);
  });

  return pages;
}

/** The chart renderer (ECharts) loads on the first results page, not at start: it takes about a second. */
const loadCharts = () => import('./cost-charts.ts');

/** The row of a form field: `o0.l1` for `o0.l1.amount`, `f2` for `f2.amounts`, the name itself otherwise. */
const rowOf = (field: string) => field.replace(/\.[^.]+$/, '');

/** The submitted form's text fields (files are read apart). */
