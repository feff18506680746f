import { html } from 'hono/html';
import { countryName } from '../../../core/catalog/country.ts';
import { costTemplateIds } from '../../../core/cost/cost-template.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { CostScenarioSummary } from '../../../storage/cost-scenario.repository.ts';
import { csrfField } from '../render-page.ts';
import { countrySelect } from './country-select.ts';

/** The list of saved scenarios (optionally of one country), and the forms to start or import one. */
export function costsPage(
  t: Translator,
  view: {
    scenarios: CostScenarioSummary[];
    country: string | undefined;
    error?: string | undefined;
    csrf: string;
    /** Whether the viewer may start scenarios; otherwise why not (signed out, or role). */
    canCreate: boolean;
    signedIn: boolean;
  },
) {
  return html`<h1>${t.t('costs.title')}</h1>
    <p class="lead">${t.t('costs.intro')}</p>
    <p>${t.t('costs.why')} <span class="muted">${t.t('costs.whySource')}</span></p>
    ${view.error ? html`<p class="error-summary" role="alert">${view.error}</p>` : ''}

    <section aria-labelledby="saved">
      <h2 id="saved">${t.t('costs.saved')}</h2>
      <form method="get" action="/costs" class="inline-form">
        <label for="filter-country">${t.t('costs.country')}</label>
        ${countrySelect(t, {
          id: 'filter-country',
          name: 'country',
          selected: view.country,
          emptyLabel: t.t('costs.allCountries'),
        })}
        <button type="submit">${t.t('costs.show')}</button>
      </form>
      ${
        view.scenarios.length === 0
          ? html`<p>${t.t('costs.none')}</p>`
          : html`<ul class="scenario-list">
            ${view.scenarios.map(
              (scenario) =>
                html`<li>
                  <a href="/costs/${scenario.id}">${scenario.name}</a>
                  <span class="badge">${t.label('visibility', scenario.visibility)}</span>
                  <span class="muted">
                    · ${countryName(scenario.country, t.language) ?? scenario.country} ·
                    ${t.t('costs.updated', { date: t.date(scenario.updatedAt.slice(0, 10)) })}</span
                  >
                </li>`,
            )}
          </ul>`
      }
    </section>

    ${
      view.canCreate
        ? ''
        : html`<p class="notice">
          ${view.signedIn ? t.t('costs.roleCannotCreate') : html`<a href="/sign-in?next=/costs">${t.t('account.signIn')}</a> ${t.t('costs.signInToCreate')}`}
        </p>`
    }
    ${view.canCreate ? newForms(t, view) : ''}`;
}

function newForms(t: Translator, view: { country: string | undefined; csrf: string }) {
  return html`<section aria-labelledby="new">
      <h2 id="new">${t.t('costs.newHeading')}</h2>
      <form method="post" action="/costs" class="stacked-form">
        ${csrfField(view.csrf)}
        <div class="field">
          <label for="new-name">${t.t('costs.name')}</label>
          <input id="new-name" name="name" type="text" maxlength="200" required />
        </div>
        <div class="field">
          <label for="new-country">${t.t('costs.country')}</label>
          ${countrySelect(t, {
            id: 'new-country',
            name: 'country',
            selected: view.country,
            emptyLabel: t.t('costs.chooseCountry'),
            required: true,
          })}
        </div>
        <div class="field">
          <label for="new-products">${t.t('costs.productsField')}</label>
          <input id="new-products" name="products" type="text" aria-describedby="new-products-hint" />
          <p id="new-products-hint" class="hint">${t.t('costs.productsHint')}</p>
        </div>
        <fieldset class="field">
          <legend>${t.t('costs.template')}</legend>
          ${costTemplateIds.map(
            (id, index) =>
              html`<label class="choice">
                <input type="radio" name="template" value="${id}" ${index === 0 ? 'checked' : ''} />
                ${t.label('costTemplate.name', id)}
              </label>`,
          )}
          <p class="hint">${t.t('costs.templateNote')}</p>
        </fieldset>
        <button type="submit">${t.t('costs.create')}</button>
      </form>
    </section>

    <section aria-labelledby="import">
      <h2 id="import">${t.t('costs.importHeading')}</h2>
      <form method="post" action="/costs/import" enctype="multipart/form-data" class="stacked-form">
        ${csrfField(view.csrf)}
        <div class="field">
          <label for="import-file">${t.t('costs.importFile')}</label>
          <input id="import-file" name="file" type="file" accept=".yaml,.yml,.json" required />
        </div>
        <div class="field">
          <label for="import-country">${t.t('costs.country')}</label>
          ${countrySelect(t, {
            id: 'import-country',
            name: 'country',
            selected: view.country,
            emptyLabel: t.t('costs.chooseCountry'),
            required: true,
          })}
        </div>
        <button type="submit">${t.t('costs.import')}</button>
      </form>
    </section>`;
}
