import { html } from 'hono/html';
import type { CountryFilter } from '../../../core/country/country-directory.ts';
import { incomeGroups } from '../../../core/country/country-profile.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { CountrySummary } from '../../../services/countries.ts';
import { countryFlags, localName, regionLabel } from './country-labels.ts';

/** The list of countries, filtered by region and income group through a plain GET form. */
export function countriesPage(
  t: Translator,
  view: { items: CountrySummary[]; regions: { region: string; parts: string[] }[]; filter: CountryFilter },
) {
  const items = [...view.items].sort((a, b) => localName(t, a).localeCompare(localName(t, b), t.language));
  const selected = (value: string, current: string | undefined) => (value === current ? html` selected` : '');
  return html`<h1>${t.t('countries.title')}</h1>
    <p class="lead">${t.t('countries.intro')}</p>
    <form method="get" action="/countries" class="inline-form">
      <label for="filter-region">${t.t('countries.region')}</label>
      <select id="filter-region" name="region">
        <option value="">${t.t('countries.allRegions')}</option>
        ${view.regions.map(
          ({ region, parts }) =>
            html`<optgroup label="${regionLabel(t, region)}">
              <option value="${region}" ${selected(region, view.filter.region)}>
                ${t.t('countries.wholeRegion', { region: regionLabel(t, region) })}
              </option>
              ${parts.map((part) => html`<option value="${part}" ${selected(part, view.filter.region)}>${regionLabel(t, part)}</option>`)}
            </optgroup>`,
        )}
      </select>
      <label for="filter-income">${t.t('countries.income')}</label>
      <select id="filter-income" name="income">
        <option value="">${t.t('countries.allIncomes')}</option>
        ${incomeGroups.map((group) => html`<option value="${group}" ${selected(group, view.filter.income)}>${t.label('incomeGroup', group)}</option>`)}
      </select>
      <button type="submit">${t.t('countries.show')}</button>
    </form>
    <p role="status">${t.plural('countries.count', items.length)}</p>
    ${view.regions.length === 0 ? html`<p class="notice">${t.t('countries.notImported')}</p>` : ''}
    <div class="table-scroll" role="region" aria-labelledby="countries-caption" tabindex="0">
      <table>
        <caption id="countries-caption" class="visually-hidden">${t.t('countries.title')}</caption>
        <thead>
          <tr>
            <th scope="col">${t.t('countries.name')}</th>
            <th scope="col">${t.t('countries.code')}</th>
            <th scope="col">${t.t('countries.subRegion')}</th>
            <th scope="col">${t.t('countries.income')}</th>
            <th scope="col">${t.t('countries.groups')}</th>
            <th scope="col" class="number">${t.t('countries.deployed')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (country) =>
              html`<tr>
                <td><a href="/countries/${country.code}">${localName(t, country)}</a></td>
                <td><code>${country.code}</code></td>
                <td>${country.subRegion ? regionLabel(t, country.intermediateRegion ?? country.subRegion) : ''}</td>
                <td>${country.incomeGroup ? t.label('incomeGroup', country.incomeGroup) : ''}</td>
                <td>${countryFlags(t, country).join(', ')}</td>
                <td class="number">${t.number(country.deployedProducts)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
