import { html, raw } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import { assessesProducts } from '../../../core/assessment/model-subject.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { modelLabels } from '../../../report/assessment/model-labels.ts';
import type { AssessmentComparison, ComparedAssessment } from '../../../services/compare-assessments.ts';
import type { PageChart } from './assessment-charts.ts';
import { levelBadge, percent } from './assessment-format.ts';
import { comparisonHeatMap } from './heat-map.ts';
import { modelChoice } from './assessments.page.ts';

/** What the comparison page shows: the form, and the comparison when one was asked for. */
export interface CompareView {
  models: AssessmentModel[];
  form: { products: string[]; model: string | undefined };
  comparison?: AssessmentComparison | undefined;
  chart?: PageChart | undefined;
  error?: string | undefined;
}

/** How many product fields the form offers. */
const productFields = 4;

/** Two to four products (or saved assessments) side by side on one model: a chart, then every indicator. */
export function assessmentComparePage(t: Translator, view: CompareView) {
  const comparison = view.comparison;
  return html`<p class="breadcrumb"><a href="/assessments">${t.t('assessments.title')}</a></p>
    <h1>${t.t('assessments.compareTitle')}</h1>
    <p class="lead">${t.t('assessments.compareIntro')}</p>
    ${view.error ? html`<p class="error-summary" role="alert">${view.error}</p>` : ''}
    ${comparison ? comparisonResult(t, comparison, view.chart) : ''}
    <section aria-labelledby="compare-form">
      <h2 id="compare-form">${t.t('assessments.compareChoose')}</h2>
      <form method="get" action="/assessments/compare" class="stacked-form">
        ${modelChoice(t, view.models, 'compare-model', view.form.model?.split('@')[0])}
        <fieldset class="field">
          <legend>${t.t('assessments.compareProductsLegend')}</legend>
          <p class="hint" id="compare-products-hint">${t.t('assessments.productSlugHint')}</p>
          ${Array.from(
            { length: productFields },
            (_, index) =>
              html`<div class="field">
                <label for="compare-product-${index}">${t.t('assessments.productNumber', { number: index + 1 })}</label>
                <input
                  id="compare-product-${index}"
                  name="products"
                  type="text"
                  value="${view.form.products[index] ?? ''}"
                  aria-describedby="compare-products-hint"
                />
              </div>`,
          )}
        </fieldset>
        <button type="submit">${t.t('assessments.compareButton')}</button>
      </form>
    </section>`;
}

const subjectLink = (entry: ComparedAssessment) =>
  entry.assessmentId
    ? html`<a href="/assessments/${entry.assessmentId}">${entry.title}</a>`
    : entry.productSlug
      ? html`<a href="/products/${entry.productSlug}">${entry.title}</a>`
      : entry.countryCode
        ? html`<a href="/countries/${entry.countryCode}">${entry.title}</a>`
        : entry.title;

/** The comparison itself: the chart, then each group's score and each indicator's level per column. */
export function comparisonResult(
  t: Translator,
  comparison: AssessmentComparison,
  chart: PageChart | undefined,
) {
  const { model, entries } = comparison;
  const labels = modelLabels(model, t.language);
  const groupOf = (entry: ComparedAssessment, id: string) =>
    entry.result.profile.groups.find((group) => group.id === id);
  const indicatorOf = (entry: ComparedAssessment, id: string) =>
    entry.result.indicators.find((indicator) => indicator.id === id);
  return html`<section aria-labelledby="comparison">
    <h2 id="comparison">${localize(model.title, t.language)}</h2>
    ${
      assessesProducts(model)
        ? ''
        : html`<h3 id="heat-map">${t.t('heatMap.heading')}</h3>
          ${comparisonHeatMap(t, model, entries)}`
    }
    ${
      chart
        ? html`<figure class="chart" id="${chart.id}">
          ${raw(chart.svg)}
          <figcaption>${chart.caption}</figcaption>
        </figure>`
        : ''
    }
    <div class="table-scroll" role="region" aria-labelledby="comparison" tabindex="0">
      <table class="comparison">
        <thead>
          <tr>
            <th scope="col">${t.t('assessments.col.indicator')}</th>
            ${entries.map(
              (entry) =>
                html`<th scope="col">
                  ${subjectLink(entry)}
                  ${entry.assessmentId ? '' : html`<br /><span class="muted">${t.t('assessments.evidenceAlone')}</span>`}
                </th>`,
            )}
          </tr>
        </thead>
        ${model.groups.map(
          (group) =>
            html`<tbody>
              <tr class="group-row">
                <th scope="rowgroup">${localize(group.title, t.language)}</th>
                ${entries.map((entry) => {
                  const result = groupOf(entry, group.id);
                  return html`<td>
                    ${t.t('assessments.compareGroupCell', {
                      score: percent(t, result?.score),
                      coverage: percent(t, result?.coverage),
                    })}
                  </td>`;
                })}
              </tr>
              ${group.indicators.map(
                (indicator) =>
                  html`<tr>
                    <th scope="row">${labels.indicator(indicator.id)}</th>
                    ${entries.map((entry) => {
                      const result = indicatorOf(entry, indicator.id);
                      return html`<td>${result ? levelBadge(t, labels, result) : '—'}</td>`;
                    })}
                  </tr>`,
              )}
            </tbody>`,
        )}
      </table>
    </div>
  </section>`;
}
