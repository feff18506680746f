import { html, raw } from 'hono/html';
import { countryName } from '../../../core/catalog/country.ts';
import type { CostScenarioRecord } from '../../../core/cost/cost-scenario-record.ts';
import type { ScenarioAnalysis } from '../../../core/cost/scenario-analysis.ts';
import { visibilityNote } from '../visibility-note.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { costSummary } from './cost-summary.ts';
import { moneyFormat, percentFormat } from './money.ts';

/** A chart as the page shows it: an SVG made on the server, and its caption. */
export interface PageChart {
  id: string;
  caption: string;
  svg: string;
}

/** What the results page shows. */
export interface CostScenarioView {
  record: CostScenarioRecord;
  analysis: ScenarioAnalysis;
  products: { slug: string; name: string }[];
  charts: PageChart[];
  /** The tables that can be downloaded one by one as CSV: id and title. */
  tables: { id: string; title: string }[];
  /** What the viewer may do with it. */
  can: { edit: boolean; publish: boolean };
  csrf: string;
  /** The owning organisation's name, when the viewer belongs to it. */
  organisationName: string | undefined;
}

/** A scenario's results: summary in sentences, key figures, charts, tables, downloads and sources. */
export function costScenarioPage(t: Translator, view: CostScenarioView) {
  const { record, analysis } = view;
  const scenario = record.scenario;
  const money = moneyFormat(t, scenario.baseCurrency);
  const percent = percentFormat(t);
  const exportUrl = (format: string, table?: string) =>
    `/api/v1/cost-scenarios/${record.id}/export?format=${format}${table ? `&table=${table}` : ''}&lang=${t.language}`;
  const options = analysis.result.options;
  return html`<article class="cost-scenario">
    <p class="breadcrumb"><a href="/costs">${t.t('costs.title')}</a></p>
    <h1>${scenario.name}</h1>
    <dl class="facts">
      <dt>${t.t('costs.country')}</dt>
      <dd>${countryName(record.country, t.language) ?? record.country}</dd>
      ${
        view.products.length > 0
          ? html`<dt>${t.t('costs.products')}</dt>
            <dd>
              ${view.products.map(
                (product, index) =>
                  html`${index > 0 ? ', ' : ''}<a href="/products/${product.slug}">${product.name}</a>`,
              )}
            </dd>`
          : ''
      }
      <dt>${t.t('costs.parameters')}</dt>
      <dd>
        ${t.t('costs.parametersValue', {
          years: scenario.horizonYears,
          currency: scenario.baseCurrency,
          rate: percent(scenario.discountRate),
          basis: t.label('costBasis', scenario.discountBasis),
          inflation: percent(scenario.inflation.general),
          users: scenario.users,
        })}
      </dd>
      <dt>${t.t('costs.revision')}</dt>
      <dd>${t.t('costs.revisionValue', { revision: record.revision, date: t.date(record.updatedAt.slice(0, 10)) })}</dd>
    </dl>
    ${visibilityNote(t, {
      visibility: view.record.visibility,
      organisationName: view.organisationName,
      canPublish: view.can.publish,
      csrf: view.csrf,
      action: `/costs/${view.record.id}/publish`,
    })}
    ${
      view.can.edit
        ? html`<p class="actions">
          <a class="button" href="/costs/${record.id}/edit">${t.t('costs.edit')}</a>
          <a href="/costs/${record.id}/delete">${t.t('costs.delete')}</a>
        </p>`
        : ''
    }

    <section aria-labelledby="summary">
      <h2 id="summary">${t.t('costs.summaryHeading')}</h2>
      <ul class="summary">
        ${costSummary(t, scenario, analysis).map((sentence) => html`<li>${sentence}</li>`)}
      </ul>
    </section>

    <section aria-labelledby="figures">
      <h2 id="figures">${t.t('costs.figures')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="figures" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.t('costs.col.option')}</th>
              <th scope="col" class="number">${t.t('costs.col.npv')}</th>
              <th scope="col" class="number">${t.t('costs.col.annualised')}</th>
              <th scope="col" class="number">${t.t('costs.col.totalNominal')}</th>
              <th scope="col" class="number">${t.t('costs.col.totalReal')}</th>
              <th scope="col" class="number">${t.t('costs.col.perUser')}</th>
              <th scope="col" class="number">${t.t('costs.col.inCountry')}</th>
            </tr>
          </thead>
          <tbody>
            ${options.map(
              (option) =>
                html`<tr>
                  <th scope="row">${option.name}</th>
                  <td class="number">${money(option.npv)}</td>
                  <td class="number">${money(option.annualisedCost)}</td>
                  <td class="number">${money(option.totalNominal)}</td>
                  <td class="number">${money(option.totalReal)}</td>
                  <td class="number">${money(option.costPerUser)}</td>
                  <td class="number">
                    ${option.inCountryShare === null ? '—' : percent(option.inCountryShare)}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>

    ${view.charts.map(
      (chart) =>
        html`<figure class="chart" id="${chart.id}">
          ${raw(chart.svg)}
          <figcaption>${chart.caption}</figcaption>
        </figure>`,
    )}

    <section aria-labelledby="years">
      <h2 id="years">${t.t('costs.yearsHeading')}</h2>
      ${options.map(
        (option) =>
          html`<details class="option-years">
            <summary>${option.name}</summary>
            <div class="table-scroll" role="region" aria-label="${option.name}" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.t('costs.col.year')}</th>
                    <th scope="col" class="number">${t.t('costs.col.nominal')}</th>
                    <th scope="col" class="number">${t.t('costs.col.real')}</th>
                    <th scope="col" class="number">${t.t('costs.col.discounted')}</th>
                    <th scope="col" class="number">${t.t('costs.col.inCountryAmount')}</th>
                    <th scope="col" class="number">${t.t('costs.col.funded')}</th>
                    <th scope="col" class="number">${t.t('costs.col.gap')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${option.years.map(
                    (year, index) =>
                      html`<tr>
                        <th scope="row">${year.year}</th>
                        <td class="number">${money(year.nominal)}</td>
                        <td class="number">${money(year.real)}</td>
                        <td class="number">${money(year.discounted)}</td>
                        <td class="number">${money(year.inCountry)}</td>
                        <td class="number">${money(option.funding[index]?.funded ?? 0)}</td>
                        <td class="number">${money(option.funding[index]?.gap ?? year.nominal)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`,
      )}
    </section>

    <section aria-labelledby="downloads">
      <h2 id="downloads">${t.t('costs.downloads')}</h2>
      <ul>
        <li><a href="${exportUrl('xlsx')}" download>${t.t('costs.download.xlsx')}</a></li>
        <li><a href="${exportUrl('yaml')}" download>${t.t('costs.download.yaml')}</a></li>
        <li><a href="${exportUrl('json')}" download>${t.t('costs.download.json')}</a></li>
        ${view.tables.map(
          (table) =>
            html`<li>
              <a href="${exportUrl('csv', table.id)}" download
                >${t.t('costs.download.csv', { table: table.title })}</a
              >
            </li>`,
        )}
      </ul>
    </section>

    <section aria-labelledby="sources">
      <h2 id="sources">${t.t('costs.sources')}</h2>
      <ul class="sources">
        <li>${t.t('costs.source.method')}</li>
        <li>${t.t('costs.source.categories')}</li>
        <li>${t.t('costs.source.operations')}</li>
        ${
          analysis.monteCarlo
            ? html`<li>
              ${t.t('costs.source.simulation', {
                iterations: analysis.monteCarlo.iterations,
                seed: analysis.monteCarlo.seed,
              })}
            </li>`
            : ''
        }
      </ul>
    </section>
  </article>`;
}
