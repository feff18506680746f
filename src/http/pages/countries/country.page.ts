import { html } from 'hono/html';
import { indicatorKeys, type IndicatorValue } from '../../../core/country/indicator.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { CountryOverview } from '../../../services/countries.ts';
import { flagKeys, localName, regionLabel } from './country-labels.ts';

/** How many deployed DPGs the page lists; the catalogue search shows them all. */
const deployedShown = 40;

/** A country's page: profile, indicators with year and source, DPGs deployed there, links onward. */
export function countryPage(t: Translator, overview: CountryOverview, assessments: unknown = '') {
  const { profile, products } = overview;
  const name = localName(t, profile);
  const fact = (label: string, value: unknown) =>
    value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : '';
  return html`<article>
    <p class="breadcrumb"><a href="/countries">${t.t('nav.countries')}</a></p>
    <h1>${name}</h1>
    <dl class="facts">
      ${fact(t.t('countries.codes'), `${profile.code} · ${profile.alpha3} · ${profile.numeric}`)}
      ${fact(t.t('countries.otherName'), t.language === 'fr' ? profile.names.en : profile.names.fr)}
      ${fact(t.t('countries.region'), profile.region ? regionLabel(t, profile.region) : '')}
      ${fact(
        t.t('countries.subRegion'),
        [profile.subRegion, profile.intermediateRegion]
          .filter((part): part is string => Boolean(part))
          .map((part) => regionLabel(t, part))
          .join(' · '),
      )}
      ${fact(t.t('countries.income'), profile.incomeGroup ? t.label('incomeGroup', profile.incomeGroup) : '')}
      ${fact(t.t('countries.currency'), profile.currency)}
      ${fact(
        t.t('countries.groups'),
        flagKeys(profile)
          .map((flag) => t.t(`countries.flagLong.${flag}`))
          .join(' · '),
      )}
    </dl>
    ${profile.region ? '' : html`<p class="notice">${t.t('countries.profileIncomplete')}</p>`}

    <section aria-labelledby="indicators">
      <h2 id="indicators">${t.t('countries.indicators')}</h2>
      ${indicatorTable(t, overview.indicators)}
    </section>

    <section aria-labelledby="deployed">
      <h2 id="deployed">${t.t('countries.deployedHeading', { country: name })}</h2>
      ${
        products.length === 0
          ? html`<p>${t.t('countries.noneDeployed')}</p>`
          : html`<ul>
              ${products.slice(0, deployedShown).map(
                (product) =>
                  html`<li>
                    <a href="/products/${product.slug}">${product.name}</a>
                    <span class="badge stage-${product.stage}">${t.label('stage', product.stage)}</span>
                  </li>`,
              )}
            </ul>`
      }
      ${products.length > deployedShown ? html`<p>${t.t('countries.moreDeployed', { count: products.length - deployedShown })}</p>` : ''}
      <p><a href="/products?country=${profile.code}">${t.t('countries.searchCatalogue')}</a></p>
    </section>

    ${assessments}

    <section aria-labelledby="plans">
      <h2 id="plans">${t.t('countries.plansHeading')}</h2>
      <p><a href="/costs?country=${profile.code}">${t.t('countries.costScenarios', { country: name })}</a></p>
    </section>
  </article>`;
}

function indicatorTable(t: Translator, values: readonly IndicatorValue[]) {
  if (values.length === 0) return html`<p>${t.t('countries.noIndicators')}</p>`;
  const order = new Map(indicatorKeys.map((entry, index) => [entry.key, index]));
  const rows = [...values].sort(
    (a, b) => (order.get(a.indicator) ?? 99) - (order.get(b.indicator) ?? 99) || b.year - a.year,
  );
  const shown = (value: IndicatorValue) =>
    value.label ??
    (value.value === null
      ? ''
      : value.indicator.endsWith('.rank')
        ? t.number(value.value)
        : value.value.toFixed(3));
  return html`<div class="table-scroll" role="region" aria-labelledby="indicators" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${t.t('countries.indicator')}</th>
            <th scope="col">${t.t('countries.year')}</th>
            <th scope="col" class="number">${t.t('countries.value')}</th>
            <th scope="col">${t.t('countries.source')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (value) =>
              html`<tr>
                <td>${t.label('country.indicator', value.indicator)}</td>
                <td>${value.year}</td>
                <td class="number">${shown(value)}</td>
                <td>${t.label('indicatorSource', value.source)} <span class="muted">(${value.edition})</span></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="sources">${t.t('countries.sourcesNote')}</p>`;
}
