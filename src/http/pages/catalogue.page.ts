import { html } from 'hono/html';
import type { CatalogPage } from '../../core/catalog/catalog-index.ts';
import {
  catalogSorts,
  facetNames,
  type CatalogQuery,
  type FacetName,
} from '../../core/catalog/catalog-query.ts';
import type { ProductSummary } from '../../core/catalog/product.ts';
import type { Translator } from '../../i18n/translate.ts';
import { catalogueUrl } from './catalogue-url.ts';
import { facetValueLabel } from './facet-labels.ts';

const shownValues = 10;

/** The catalogue: one form for search, filters and order; results; pagination. All of it works without JavaScript. */
export function cataloguePage(t: Translator, query: CatalogQuery, page: CatalogPage) {
  const title = query.q ? t.t('catalogue.titleSearch', { q: query.q }) : t.t('catalogue.title');
  return html`<h1>${t.t('catalogue.title')}</h1>
    <form class="catalogue" method="get" action="/products">
      <div class="search" role="search">
        <label for="q">${t.t('catalogue.searchLabel')}</label>
        <div class="search-row">
          <input
            id="q"
            name="q"
            type="search"
            value="${query.q ?? ''}"
            maxlength="200"
            placeholder="${t.t('catalogue.searchPlaceholder')}"
          />
          <button type="submit">${t.t('catalogue.searchButton')}</button>
        </div>
      </div>
      <div class="catalogue-body">
        <section class="results" aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">
            ${query.q ? html`${title} — ` : ''}${t.plural('catalogue.count', page.total)}
          </h2>
          <p class="to-filters"><a href="#filters-title">${t.t('catalogue.toFilters')}</a></p>
          ${activeFilters(t, query)}
          ${
            page.items.length === 0
              ? html`<p class="empty">${t.t('catalogue.empty')}</p>`
              : html`<ol class="product-list">
                  ${page.items.map((item) => productItem(t, item))}
                </ol>`
          }
          ${pagination(t, query, page)}
        </section>
        <aside class="filters" aria-labelledby="filters-title">
          <h2 id="filters-title">${t.t('catalogue.filters')}</h2>
          ${facetNames.map((facet) => facetGroup(t, facet, query, page))}
          <label for="sort">${t.t('catalogue.sortLabel')}</label>
          <select id="sort" name="sort">
            ${catalogSorts.map(
              (sort) =>
                html`<option value="${sort}" ${(query.sort ?? '') === sort ? html` selected` : ''}>
                  ${t.label('sort', sort)}
                </option>`,
            )}
          </select>
          <div class="filter-actions">
            <button type="submit">${t.t('catalogue.apply')}</button>
            <a href="/products">${t.t('catalogue.clear')}</a>
          </div>
        </aside>
      </div>
    </form>`;
}

function facetGroup(t: Translator, facet: FacetName, query: CatalogQuery, page: CatalogPage) {
  const chosen = new Set((query[facet] as readonly (string | number)[]).map(String));
  const counts = page.facets[facet];
  const values = [
    ...counts.filter((entry) => chosen.has(entry.value)),
    ...counts.filter((entry) => !chosen.has(entry.value)),
  ];
  if (values.length === 0 && chosen.size === 0) return '';
  const option = (entry: { value: string; count: number }) =>
    html`<li><label><input type="checkbox" name="${facet}" value="${entry.value}"${chosen.has(entry.value) ? html` checked` : ''}> ${facetValueLabel(t, facet, entry.value)} <span class="count">${t.number(entry.count)}</span></label></li>`;
  const first = values.slice(0, Math.max(shownValues, chosen.size));
  const rest = values.slice(first.length);
  return html`<details
    class="facet"
    ${chosen.size > 0 || facet === 'type' || facet === 'stage' ? html` open` : ''}
  >
    <summary>${t.label('facet', facet)}</summary>
    <fieldset>
      <legend class="visually-hidden">${t.label('facet', facet)}</legend>
      <ul>
        ${first.map(option)}
      </ul>
      ${
        rest.length > 0
          ? html`<details class="more">
              <summary>${t.plural('catalogue.moreValues', rest.length)}</summary>
              <ul>
                ${rest.map(option)}
              </ul>
            </details>`
          : ''
      }
    </fieldset>
  </details>`;
}

function activeFilters(t: Translator, query: CatalogQuery) {
  const chips = facetNames.flatMap((facet) =>
    (query[facet] as readonly (string | number)[]).map((value) => {
      const without = {
        ...query,
        page: 1,
        [facet]: (query[facet] as readonly (string | number)[]).filter((v) => v !== value),
      };
      const label = t.t('catalogue.filterChip', {
        facet: t.label('facet', facet),
        value: facetValueLabel(t, facet, String(value)),
      });
      return html`<li>
        <a href="${catalogueUrl(without)}" aria-label="${t.t('catalogue.removeFilter', { filter: label })}"
          >${label} <span aria-hidden="true">×</span></a
        >
      </li>`;
    }),
  );
  return chips.length === 0
    ? ''
    : html`<ul class="chips" aria-label="${t.t('catalogue.activeFilters')}">
        ${chips}
      </ul>`;
}

function productItem(t: Translator, item: ProductSummary) {
  const description =
    item.description.length > 220 ? `${item.description.slice(0, 217).trimEnd()}…` : item.description;
  return html`<li>
    <article class="product-card">
      <h3><a href="/products/${item.slug}">${item.name}</a></h3>
      <p class="badges">
        <span class="badge stage-${item.stage}">${t.label('stage', item.stage)}</span
        >${item.types.map((type) => html` <span class="badge">${t.label('type', type)}</span>`)}
      </p>
      ${description ? html`<p>${description}</p>` : ''}
      <p class="meta">
        ${item.sdgs.length > 0 ? html`<span>${t.t('product.sdgsShort')} ${item.sdgs.join(', ')}</span>` : ''}${item.sdgs.length > 0 && item.licences.length > 0 ? ' · ' : ''}${item.licences.length > 0 ? html`<span>${t.t('catalogue.licencesLine', { ids: item.licences.join(', ') })}</span>` : ''}
      </p>
    </article>
  </li>`;
}

function pagination(t: Translator, query: CatalogQuery, page: CatalogPage) {
  if (page.pageCount <= 1) return '';
  const link = (target: number, label: string, rel: string) =>
    html`<a href="${catalogueUrl({ ...query, page: target })}" rel="${rel}">${label}</a>`;
  return html`<nav class="pagination" aria-label="${t.t('catalogue.pagination')}">
    ${page.page > 1 ? link(page.page - 1, t.t('catalogue.previous'), 'prev') : ''}
    <span>${t.t('catalogue.pageOf', { page: page.page, pages: page.pageCount })}</span>
    ${page.page < page.pageCount ? link(page.page + 1, t.t('catalogue.next'), 'next') : ''}
  </nav>`;
}
