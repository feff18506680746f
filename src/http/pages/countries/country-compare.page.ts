import { html } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { AssessmentComparison } from '../../../services/compare-assessments.ts';
import type { PageChart } from '../assessments/assessment-charts.ts';
import { comparisonResult } from '../assessments/assessment-compare.page.ts';
import { modelChoice } from '../assessments/assessments.page.ts';
import { sectorChoice } from './country-assessments.ts';

/** What the country comparison page shows: the form, and the comparison when one was asked for. */
export interface CountryCompareView {
  models: AssessmentModel[];
  form: { countries: string[]; model: string | undefined; sector: string | undefined };
  comparison?: AssessmentComparison | undefined;
  chart?: PageChart | undefined;
  error?: string | undefined;
}

/** How many country fields the form offers. */
const countryFields = 4;

/**
 * Two to four countries, or one country in different years, side by side on a country model, from the
 * open data alone: a heat map of the areas, a chart, then every indicator.
 */
export function countryComparePage(t: Translator, view: CountryCompareView) {
  return html`<p class="breadcrumb"><a href="/countries">${t.t('nav.countries')}</a></p>
    <h1>${t.t('countryCompare.title')}</h1>
    <p class="lead">${t.t('countryCompare.intro')}</p>
    ${view.error ? html`<p class="error-summary" role="alert">${view.error}</p>` : ''}
    ${view.comparison ? comparisonResult(t, view.comparison, view.chart) : ''}
    <section aria-labelledby="compare-form">
      <h2 id="compare-form">${t.t('countryCompare.choose')}</h2>
      <form method="get" action="/countries/compare" class="stacked-form">
        ${modelChoice(t, view.models, 'compare-country-model', view.form.model?.split('@')[0])}
        ${sectorChoice(t, 'compare-sector', view.form.sector)}
        <fieldset class="field">
          <legend>${t.t('countryCompare.countriesLegend')}</legend>
          <p class="hint" id="compare-countries-hint">${t.t('countryCompare.countriesHint')}</p>
          ${Array.from(
            { length: countryFields },
            (_, index) =>
              html`<div class="field">
                <label for="compare-country-${index}">${t.t('countryCompare.countryNumber', { number: index + 1 })}</label>
                <input
                  id="compare-country-${index}"
                  name="countries"
                  type="text"
                  maxlength="8"
                  value="${view.form.countries[index] ?? ''}"
                  aria-describedby="compare-countries-hint"
                />
              </div>`,
          )}
        </fieldset>
        <button type="submit">${t.t('assessments.compareButton')}</button>
      </form>
    </section>`;
}
