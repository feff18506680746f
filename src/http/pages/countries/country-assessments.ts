import { html } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../../../core/assessment/assessment-result.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import { sectors } from '../../../core/country/country-facts.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { AssessmentSummary } from '../../../storage/assessment.repository.ts';
import { comparableList, modelChoice } from '../assessments/assessments.page.ts';
import { resultHeatMap } from '../assessments/heat-map.ts';
import { csrfField } from '../render-page.ts';

/** What the country page's "Readiness and capacity" section shows. */
export interface CountryAssessmentsView {
  code: string;
  name: string;
  /** The country models (country-readiness, capacity-needs). */
  models: AssessmentModel[];
  /** The country's assessments the viewer may see. */
  assessments: AssessmentSummary[];
  /** The readiness model's result from the open data alone, when the country has indicators. */
  preview: { model: AssessmentModel; result: AssessmentResult } | undefined;
  csrf: string;
  canCreate: boolean;
  signedIn: boolean;
}

/** A sector choice for the country models (none means no sector modifier). */
export function sectorChoice(t: Translator, id: string, selected?: string) {
  return html`<div class="field">
    <label for="${id}">${t.t('countryAssessments.sector')}</label>
    <p class="hint" id="${id}-hint">${t.t('countryAssessments.sectorHint')}</p>
    <select id="${id}" name="sector" aria-describedby="${id}-hint">
      <option value="">${t.t('countryAssessments.noSector')}</option>
      ${sectors.map(
        (sector) =>
          html`<option value="${sector}" ${selected === sector ? 'selected' : ''}>
            ${t.label('evidenceSector', sector)}
          </option>`,
      )}
    </select>
  </div>`;
}

/**
 * "Readiness and capacity": what the open data alone says (a heat map of the readiness areas), the
 * country's assessments the viewer may see (ticked ones compare), a form that starts one (or a sign-in
 * link), and a link to compare the country with others or with itself over the years.
 */
export function countryAssessmentsSection(t: Translator, view: CountryAssessmentsView) {
  const modelTitle = (id: string) => {
    const model = view.models.find((candidate) => candidate.id === id);
    return model ? localize(model.title, t.language) : id;
  };
  const next = encodeURIComponent(`/countries/${view.code}`);
  return html`<section aria-labelledby="readiness">
    <h2 id="readiness">${t.t('countryAssessments.heading')}</h2>
    <p>${t.t('countryAssessments.intro', { country: view.name })}</p>
    ${
      view.preview
        ? html`<h3 id="heat-map">${t.t('countryAssessments.previewHeading')}</h3>
          <p class="hint">${t.t('countryAssessments.previewNote')}</p>
          ${resultHeatMap(t, view.preview.model, view.preview.result, { linked: false })}`
        : html`<p class="notice">${t.t('countryAssessments.noData')}</p>`
    }
    <h3 id="country-assessments">${t.t('countryAssessments.savedHeading')}</h3>
    ${
      view.assessments.length === 0
        ? html`<p>${t.t('countryAssessments.none')}</p>`
        : comparableList(t, view.assessments, modelTitle)
    }
    ${
      view.canCreate
        ? html`<form method="post" action="/assessments" class="stacked-form">
          ${csrfField(view.csrf)}
          <input type="hidden" name="country" value="${view.code}" />
          ${modelChoice(t, view.models, 'assess-country-model')} ${sectorChoice(t, 'assess-country-sector')}
          <button type="submit">${t.t('countryAssessments.start')}</button>
        </form>`
        : html`<p class="notice">
          ${view.signedIn ? t.t('assessments.roleCannotCreate') : html`<a href="/sign-in?next=${next}">${t.t('account.signIn')}</a> ${t.t('countryAssessments.signInToCreate')}`}
        </p>`
    }
    <p>
      <a href="/countries/compare?countries=${view.code}">${t.t('countryAssessments.compareLink')}</a>
    </p>
  </section>`;
}
