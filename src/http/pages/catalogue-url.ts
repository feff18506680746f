import { facetNames, type CatalogQuery } from '../../core/catalog/catalog-query.ts';

/** The parts of a catalogue query that a link carries. */
export type CatalogLink = Partial<
  Pick<CatalogQuery, 'q' | 'sort' | 'page' | 'pageSize' | (typeof facetNames)[number]>
>;

/** The shareable /products URL of a query: search, filters, order and page all live in it. */
export function catalogueUrl(query: CatalogLink): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const facet of facetNames) {
    for (const value of (query[facet] ?? []) as readonly (string | number)[])
      params.append(facet, String(value));
  }
  if (query.sort) params.set('sort', query.sort);
  if (query.pageSize && query.pageSize !== 20) params.set('pageSize', String(query.pageSize));
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `/products?${search}` : '/products';
}
