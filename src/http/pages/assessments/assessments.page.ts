import { html } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import { modelKey } from '../../../core/assessment/assessment-model.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { AssessmentSummary } from '../../../storage/assessment.repository.ts';
import { csrfField } from '../render-page.ts';
import { percent } from './assessment-format.ts';

/** What the list of assessments shows. */
export interface AssessmentsView {
  assessments: AssessmentSummary[];
  /** The product models, which the start form offers. */
  models: AssessmentModel[];
  /** Every model, to name the saved assessments and filter by model. */
  allModels: AssessmentModel[];
  filter: { product: string | undefined; model: string | undefined };
  error?: string | undefined;
  csrf: string;
  canCreate: boolean;
  signedIn: boolean;
}

/** The assessments the viewer may see, filters, a form to compare some of them and one to start one. */
export function assessmentsPage(t: Translator, view: AssessmentsView) {
  const modelTitle = (id: string) => {
    const model = view.allModels.find((candidate) => candidate.id === id);
    return model ? localize(model.title, t.language) : id;
  };
  return html`<h1>${t.t('assessments.title')}</h1>
    <p class="lead">${t.t('assessments.intro')}</p>
    ${view.error ? html`<p class="error-summary" role="alert">${view.error}</p>` : ''}

    <section aria-labelledby="saved">
      <h2 id="saved">${t.t('assessments.saved')}</h2>
      <form method="get" action="/assessments" class="inline-form">
        <label for="filter-product">${t.t('assessments.product')}</label>
        <input id="filter-product" name="product" type="text" value="${view.filter.product ?? ''}" />
        <label for="filter-model">${t.t('assessments.model')}</label>
        <select id="filter-model" name="model">
          <option value="">${t.t('assessments.allModels')}</option>
          ${[...new Set(view.allModels.map((model) => model.id))].map(
            (id) =>
              html`<option value="${id}" ${view.filter.model === id ? 'selected' : ''}>${modelTitle(id)}</option>`,
          )}
        </select>
        <button type="submit">${t.t('assessments.show')}</button>
      </form>
      ${
        view.assessments.length === 0
          ? html`<p>${t.t('assessments.none')}</p>`
          : comparableList(t, view.assessments, modelTitle)
      }
    </section>

    ${
      view.canCreate
        ? startForm(t, view)
        : html`<p class="notice">
          ${view.signedIn ? t.t('assessments.roleCannotCreate') : html`<a href="/sign-in?next=/assessments">${t.t('account.signIn')}</a> ${t.t('assessments.signInToCreate')}`}
        </p>`
    }
    <p><a href="/assessments/compare">${t.t('assessments.compareProducts')}</a></p>
    <p>${t.t('assessments.countriesFrom')} <a href="/countries">${t.t('nav.countries')}</a> ·
      <a href="/countries/compare">${t.t('countryCompare.title')}</a></p>`;
}

/**
 * Saved assessments, each with a box to tick and its model, sector, status, coverage and date; the
 * ticked ones (2 to 4, on one model) open side by side.
 */
export function comparableList(
  t: Translator,
  assessments: readonly AssessmentSummary[],
  modelTitle: (id: string) => string,
) {
  return html`<form method="get" action="/assessments/compare">
    <ul class="assessment-list">
      ${assessments.map(
        (assessment) =>
          html`<li>
            <input
              type="checkbox"
              name="ids"
              value="${assessment.id}"
              aria-label="${t.t('assessments.compareThis', { title: assessment.title })}"
            />
            <a href="/assessments/${assessment.id}">${assessment.title}</a>
            <span class="badge">${t.label('visibility', assessment.visibility)}</span>
            <span class="muted">
              · ${modelTitle(assessment.model.id)} ·
              ${assessment.sector ? html`${t.label('evidenceSector', assessment.sector)} ·` : ''}
              ${t.label('assessments.statusValue', assessment.status)} ·
              ${t.t('assessments.coverageValue', { coverage: percent(t, assessment.coverage) })} ·
              ${t.t('assessments.updated', { date: t.date(assessment.updatedAt.slice(0, 10)) })}
            </span>
          </li>`,
      )}
    </ul>
    <button type="submit">${t.t('assessments.compareTicked')}</button>
  </form>`;
}

function startForm(t: Translator, view: AssessmentsView) {
  return html`<section aria-labelledby="start">
    <h2 id="start">${t.t('assessments.start')}</h2>
    <form method="post" action="/assessments" class="stacked-form">
      ${csrfField(view.csrf)}
      <div class="field">
        <label for="start-product">${t.t('assessments.productSlug')}</label>
        <input
          id="start-product"
          name="product"
          type="text"
          required
          value="${view.filter.product ?? ''}"
          aria-describedby="start-product-hint"
        />
        <p id="start-product-hint" class="hint">${t.t('assessments.productSlugHint')}</p>
      </div>
      ${modelChoice(t, view.models, 'start-model')}
      <button type="submit">${t.t('assessments.startButton')}</button>
    </form>
  </section>`;
}

/** The models to choose from, the latest version of each, with what each checks. */
export function modelChoice(t: Translator, models: AssessmentModel[], idPrefix: string, selected?: string) {
  const latest = [...new Map(models.map((model) => [model.id, model])).values()];
  return html`<fieldset class="field">
    <legend>${t.t('assessments.model')}</legend>
    ${latest.map(
      (model, index) =>
        html`<div class="choice">
          <input
            type="radio"
            id="${idPrefix}-${model.id}"
            name="model"
            value="${modelKey(model)}"
            aria-describedby="${idPrefix}-${model.id}-hint"
            ${(selected ? selected === model.id : index === 0) ? 'checked' : ''}
          />
          <label for="${idPrefix}-${model.id}">${localize(model.title, t.language)}</label>
          <p id="${idPrefix}-${model.id}-hint" class="hint">${localize(model.description, t.language)}</p>
        </div>`,
    )}
  </fieldset>`;
}
