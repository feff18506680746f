import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { can } from '../../../core/access/permission.ts';
import { parseAnswers } from '../../../core/assessment/answers.ts';
import { issuesOf, type InputIssue } from '../../../core/assessment/input-issue.ts';
import type { Product } from '../../../core/catalog/product.ts';
import { countryName } from '../../../core/catalog/country.ts';
import { parseCountryCode } from '../../../core/country/country-directory.ts';
import { sectors } from '../../../core/country/country-facts.ts';
import { maxProducts, type StaffingRoles } from '../../../core/country/staffing-proposal.ts';
import { DomainError } from '../../../core/errors.ts';
import { lessonLink } from '../../../core/evidence/lesson-link.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { authorise } from '../../../services/accounts/authorise.ts';
import { actorOf } from '../../../services/accounts/viewer.ts';
import {
  createAssessment,
  getAssessment,
  listVisibleAssessments,
  modelOf,
  productModels,
  removeAssessment,
  saveAssessment,
  setAssessmentPublished,
} from '../../../services/assessments.ts';
import type { Catalog } from '../../../services/catalog.ts';
import { compareAssessments, comparisonSize } from '../../../services/compare-assessments.ts';
import { loadAssessmentModels } from '../../../services/assessment-models.ts';
import { loadEvidenceLibrary } from '../../../services/evidence-library.ts';
import { loadStaffingRoles } from '../../../services/staffing-roles.ts';
import { loadTrainingMaterials } from '../../../services/training-materials.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { formValues } from '../form-values.ts';
import { listParameter } from '../list-parameter.ts';
import { renderPage } from '../render-page.ts';
import {
  answerFormValues,
  issueField,
  postedValues,
  readAnswerForm,
  type AnswerFormValues,
} from './answer-form.ts';
import { capacityPlanSections } from './capacity-plan.ts';
import { assessmentComparePage } from './assessment-compare.page.ts';
import { assessmentDeletePage } from './assessment-delete.page.ts';
import { assessmentEditPage } from './assessment-edit.page.ts';
import { assessmentPage } from './assessment.page.ts';
import { assessmentsPage } from './assessments.page.ts';
import { productAssessmentsSection } from './product-assessments.ts';
import { registerStaffingScenarioRoute } from './staffing-scenario-route.ts';

type Body = Parameters<typeof renderPage>[1]['body'];

/** The chart renderer (ECharts) loads on the first page with charts, not at start. */
const loadCharts = () => import('./assessment-charts.ts');

/** A country assessment's title in the reader's language: the country's name and the sector's. */
function countryTitle(t: Translator, code: string, sector: string | undefined): string | undefined {
  const alpha2 = parseCountryCode(code);
  const name = alpha2 && countryName(alpha2, t.language);
  if (!name) return undefined;
  const known = sector && (sectors as readonly string[]).includes(sector);
  return known ? `${name} (${t.label('evidenceSector', sector)})` : name;
}

/**
 * The programme scale and number of products a staffing proposal is made for, from the query: the
 * `ministry` scale and one product by default; a value out of range falls back to them with a message.
 */
function staffingChoice(
  t: Translator,
  staffing: StaffingRoles,
  scale: string | undefined,
  products: string | undefined,
): { scale: string; products: number; error: string | undefined } {
  const scales = staffing.scales.map((entry) => entry.id);
  const fallback = scales.includes('ministry') ? 'ministry' : scales[0]!;
  const count = products === undefined || products === '' ? 1 : Number(products);
  const scaleKnown = scale === undefined || scale === '' || scales.includes(scale);
  const countValid = Number.isInteger(count) && count >= 1 && count <= maxProducts;
  return {
    scale: scaleKnown && scale ? scale : fallback,
    products: countValid ? count : 1,
    error:
      scaleKnown && countValid
        ? undefined
        : t.t('capacity.staffing.badChoice', { scales: scales.join(', '), max: maxProducts }),
  };
}

/** The assessment pages: list, start, result, answer form, publish, delete, compare. */
export function createAssessmentPages(db: Kysely<Database>, catalog: Catalog): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const frame = (c: Context<AppEnv>, title: string, body: Body, status = 200) =>
    renderPage(c, { title, section: 'assessments', body }, status as 200);

  const listPage = async (c: Context<AppEnv>, error?: string, status = 200) => {
    const t = c.get('t');
    const viewer = c.get('viewer');
    const product = c.req.query('product')?.trim() || undefined;
    const model = c.req.query('model')?.trim() || undefined;
    const view = {
      assessments: await listVisibleAssessments(db, viewer, { product, model, limit: 200 }),
      models: await productModels(),
      allModels: await loadAssessmentModels(),
      filter: { product, model },
      error,
      csrf: c.get('csrfToken'),
      canCreate: can(actorOf(viewer), 'create'),
      signedIn: Boolean(viewer),
    };
    return frame(c, t.t('assessments.title'), assessmentsPage(t, view), status);
  };

  pages.get('/assessments', (c) => listPage(c));

  pages.post('/assessments', async (c) => {
    const t = c.get('t');
    const form = await formValues(c);
    try {
      const record = await createAssessment(db, c.get('viewer'), {
        model: form.model ?? '',
        product: form.product,
        country: form.country,
        sector: form.sector,
        title: form.country ? countryTitle(t, form.country, form.sector) : undefined,
      });
      return c.redirect(`/assessments/${record.id}/edit`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      const reason = issuesOf(error)
        .map((issue) => issue.message)
        .join('; ');
      return listPage(c, t.t('assessments.createFailed', { reason }), 400);
    }
  });

  pages.get('/assessments/compare', async (c) => {
    const t = c.get('t');
    const ids = listParameter(c, 'ids');
    const products = listParameter(c, 'products');
    const model = c.req.query('model')?.trim() || undefined;
    const models = await productModels();
    const form = { products, model };
    const asked = ids.length > 0 || (products.length >= comparisonSize.min && model !== undefined);
    if (!asked) return frame(c, t.t('assessments.compareTitle'), assessmentComparePage(t, { models, form }));
    try {
      const comparison = await compareAssessments(
        db,
        c.get('viewer'),
        ids.length > 0 ? { ids } : { products, model: model! },
      );
      const chart = (await loadCharts()).comparisonChart(t, comparison.model, comparison.entries);
      const shown = { products: comparison.entries.flatMap((entry) => entry.productSlug ?? []), model };
      return frame(
        c,
        t.t('assessments.compareTitle'),
        assessmentComparePage(t, { models, form: shown, comparison, chart }),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      const reason = issuesOf(error)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ');
      return frame(
        c,
        t.t('assessments.compareTitle'),
        assessmentComparePage(t, { models, form, error: t.t('assessments.compareFailed', { reason }) }),
        400,
      );
    }
  });

  pages.get('/assessments/:id', async (c) => {
    const viewer = c.get('viewer');
    const actor = actorOf(viewer);
    const record = await getAssessment(db, viewer, c.req.param('id'));
    const model = await modelOf(record);
    const t = c.get('t');
    const product = record.productSlug ? (await catalog.index()).find(record.productSlug) : undefined;
    const country = record.countryCode
      ? { code: record.countryCode, name: countryName(record.countryCode, t.language) ?? record.countryCode }
      : undefined;
    const { caseStudies } = await loadEvidenceLibrary();
    const staffing = model.id === 'capacity-needs' ? await loadStaffingRoles() : undefined;
    const extra =
      staffing &&
      capacityPlanSections(t, {
        model,
        result: record.result,
        materials: await loadTrainingMaterials(),
        staffing,
        action: `/assessments/${record.id}`,
        csrf: c.get('csrfToken'),
        canCreate: can(actor, 'create'),
        ...staffingChoice(t, staffing, c.req.query('scale'), c.req.query('products')),
      });
    return frame(
      c,
      record.title,
      assessmentPage(t, {
        record,
        model,
        product: product && { slug: product.slug, name: product.name },
        country,
        lessonHref: (section) => lessonLink(caseStudies, section),
        extra,
        charts: (await loadCharts()).groupCharts(c.get('t'), model, record.result),
        can: { edit: can(actor, 'update', record), publish: can(actor, 'publish', record) },
        csrf: c.get('csrfToken'),
        organisationName: viewer?.memberships.find((m) => m.id === record.organisationId)?.name,
      }),
    );
  });

  const editPage = async (
    c: Context<AppEnv>,
    id: string,
    state: { values?: AnswerFormValues; errors?: Record<string, string>; revision?: number; notice?: string },
    status = 200,
  ) => {
    const t = c.get('t');
    const record = await getAssessment(db, c.get('viewer'), id);
    authorise(c.get('viewer'), 'update', record, 'assessment');
    const model = await modelOf(record);
    return frame(
      c,
      t.t('assessments.editTitle', { title: record.title }),
      assessmentEditPage(t, {
        record,
        model,
        values: state.values ?? answerFormValues(model, record.answers),
        errors: state.errors ?? {},
        fresh: state.values === undefined,
        revision: state.revision ?? record.revision,
        notice: state.notice,
        csrf: c.get('csrfToken'),
      }),
      status,
    );
  };

  pages.get('/assessments/:id/edit', (c) => {
    const t = c.get('t');
    return editPage(c, c.req.param('id'), {
      notice: c.req.query('saved') ? t.t('assessments.draftSaved') : undefined,
    });
  });

  pages.post('/assessments/:id', async (c) => {
    const t = c.get('t');
    const id = c.req.param('id');
    const record = await getAssessment(db, c.get('viewer'), id);
    authorise(c.get('viewer'), 'update', record, 'assessment');
    const model = await modelOf(record);
    const values = postedValues(await c.req.parseBody({ all: true }));
    const revision = Number(values.revision);
    const status = values.status === 'complete' ? 'complete' : 'draft';
    const read = readAnswerForm(model, values, t);
    const refused = (issues: InputIssue[]) => {
      const errors = { ...read.errors };
      for (const issue of issues) {
        const [field, message] = issueField(model, issue, t);
        errors[field] ??= message;
      }
      return editPage(c, id, { values, errors, revision }, 400);
    };
    try {
      if (Object.keys(read.errors).length > 0) {
        parseAnswers(model, read.answers);
        return await refused([]);
      }
      const saved = await saveAssessment(db, c.get('viewer'), id, revision, {
        answers: read.answers,
        status,
      });
      return c.redirect(
        status === 'complete' ? `/assessments/${saved.id}` : `/assessments/${saved.id}/edit?saved=1`,
        303,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'invalid_input') return refused(issuesOf(error));
      if (error.code === 'conflict') {
        const current = Number(error.details?.revision);
        return editPage(
          c,
          id,
          {
            values,
            errors: {},
            revision: current,
            notice: t.t('assessments.conflict', { revision: current }),
          },
          409,
        );
      }
      throw error;
    }
  });

  pages.post('/assessments/:id/publish', async (c) => {
    const form = await formValues(c);
    const record = await setAssessmentPublished(
      db,
      c.get('viewer'),
      c.req.param('id'),
      form.published === '1',
    );
    return c.redirect(`/assessments/${record.id}`, 303);
  });

  pages.get('/assessments/:id/delete', async (c) => {
    const t = c.get('t');
    const record = await getAssessment(db, c.get('viewer'), c.req.param('id'));
    authorise(c.get('viewer'), 'delete', record, 'assessment');
    return frame(c, t.t('assessments.deleteTitle'), assessmentDeletePage(t, record, c.get('csrfToken')));
  });

  pages.post('/assessments/:id/delete', async (c) => {
    await removeAssessment(db, c.get('viewer'), c.req.param('id'));
    return c.redirect('/assessments', 303);
  });

  registerStaffingScenarioRoute(pages, db);
  return pages;
}

/** The product page's "Assess this product" section, for the viewer of this request. */
export function productAssessments(db: Kysely<Database>) {
  return async (c: Context<AppEnv>, product: Product) => {
    const viewer = c.get('viewer');
    return productAssessmentsSection(c.get('t'), {
      slug: product.slug,
      models: await productModels(),
      assessments: await listVisibleAssessments(db, viewer, { product: product.slug, limit: 50 }),
      csrf: c.get('csrfToken'),
      canCreate: can(actorOf(viewer), 'create'),
      signedIn: Boolean(viewer),
    });
  };
}
