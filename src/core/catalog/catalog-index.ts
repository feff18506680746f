import MiniSearch from 'minisearch';
import { DomainError } from '../errors.ts';
import {
  decodeCursor,
  encodeCursor,
  facetNames,
  type CatalogQuery,
  type FacetName,
} from './catalog-query.ts';
import { productStages, summarise, type Product, type ProductSummary } from './product.ts';

/** How many products carry each value of a facet, given the other filters. */
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

/** One page of a catalogue query. */
export interface CatalogPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  nextCursor?: string;
  facets: FacetCounts;
}

interface Entry {
  product: Product;
  summary: ProductSummary;
  values: Record<FacetName, readonly string[]>;
  /** Position of the product in alphabetical order of names, computed once. */
  nameRank: number;
  stageRank: number;
}

const stageOrder = new Map<string, number>(productStages.map((stage, index) => [stage, index]));

/**
 * An in-memory index of the catalogue: typo-tolerant full-text search and facet counts.
 * Built from the products in the database; rebuilt whenever they change.
 */
export class CatalogIndex {
  readonly size: number;
  private readonly entries: Entry[];
  private readonly bySlug: Map<string, number>;
  private readonly search: MiniSearch<{ id: number }>;

  constructor(products: readonly Product[]) {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const alphabetical = products.map((_, index) => index);
    alphabetical.sort((a, b) =>
      collator.compare((products[a] as Product).name, (products[b] as Product).name),
    );
    const nameRank = new Array<number>(products.length);
    alphabetical.forEach((productIndex, rank) => (nameRank[productIndex] = rank));
    this.entries = products.map((product, index) => ({
      product,
      summary: summarise(product),
      values: facetValues(product),
      nameRank: nameRank[index] as number,
      stageRank: stageOrder.get(product.stage) ?? productStages.length,
    }));
    this.size = this.entries.length;
    this.bySlug = new Map(this.entries.map((entry, index) => [entry.product.slug, index]));
    this.search = new MiniSearch({
      fields: ['name', 'aliases', 'organisations', 'description'],
      storeFields: [],
      searchOptions: {
        boost: { name: 4, aliases: 3, organisations: 1.5 },
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        prefix: (term) => term.length > 1,
        combineWith: 'AND',
      },
    });
    this.search.addAll(
      this.entries.map(({ product }, id) => ({
        id,
        name: product.name,
        aliases: product.aliases.join(' '),
        organisations: product.organisations.map((organisation) => organisation.name).join(' '),
        description: product.description,
      })),
    );
  }

  /** The product with this slug, if the index holds it. */
  find(slug: string): Product | undefined {
    const index = this.bySlug.get(slug);
    return index === undefined ? undefined : this.entries[index]?.product;
  }

  /** Runs a query: matches, filters, facet counts, order and one page. */
  query(query: CatalogQuery): CatalogPage {
    const matches = this.match(query.q);
    const filters = facetNames
      .map((name) => [name, selected(query, name)] as const)
      .filter(([, values]) => values.size);
    const passes = (entry: Entry, except?: FacetName) =>
      filters.every(
        ([name, values]) => name === except || entry.values[name].some((value) => values.has(value)),
      );

    const hits = matches.filter(({ index }) => passes(this.entries[index] as Entry));
    const facets = Object.fromEntries(
      facetNames.map((name) => [
        name,
        countFacet(matches, this.entries, name, (entry) => passes(entry, name)),
      ]),
    ) as FacetCounts;

    const sort = query.sort ?? (query.q ? 'relevance' : 'stage');
    if (sort !== 'relevance') hits.sort(comparator(this.entries, sort));

    const offset =
      query.cursor === undefined ? (query.page - 1) * query.pageSize : decodeCursor(query.cursor);
    if (offset === undefined)
      throw new DomainError('invalid_input', 'The cursor is not one this server issued.');
    const items = hits
      .slice(offset, offset + query.pageSize)
      .map(({ index }) => (this.entries[index] as Entry).summary);
    const next = offset + query.pageSize;
    return {
      items,
      total: hits.length,
      page: Math.floor(offset / query.pageSize) + 1,
      pageSize: query.pageSize,
      pageCount: Math.max(1, Math.ceil(hits.length / query.pageSize)),
      ...(next < hits.length ? { nextCursor: encodeCursor(next) } : {}),
      facets,
    };
  }

  private match(q: string | undefined): { index: number; score: number }[] {
    if (!q?.trim()) return this.entries.map((_, index) => ({ index, score: 0 }));
    return this.search.search(q).map((result) => ({ index: result.id as number, score: result.score }));
  }
}

function facetValues(product: Product): Record<FacetName, readonly string[]> {
  return {
    type: product.types,
    stage: [product.stage],
    sdg: product.sdgs.map((sdg) => String(sdg.number)),
    sector: product.sectors,
    licence: product.licences.map((licence) => licence.spdx),
    country: product.deploymentCountries.flatMap((country) => (country.code ? [country.code] : [])),
  };
}

function selected(query: CatalogQuery, name: FacetName): Set<string> {
  return new Set((query[name] as readonly (string | number)[]).map(String));
}

function countFacet(
  matches: { index: number }[],
  entries: Entry[],
  name: FacetName,
  passes: (entry: Entry) => boolean,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { index } of matches) {
    const entry = entries[index] as Entry;
    if (!passes(entry)) continue;
    for (const value of entry.values[name]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
}

function comparator(entries: Entry[], sort: 'name' | 'name-desc' | 'stage') {
  const entry = (index: number) => entries[index] as Entry;
  type Hit = { index: number };
  if (sort === 'name') return (a: Hit, b: Hit) => entry(a.index).nameRank - entry(b.index).nameRank;
  if (sort === 'name-desc') return (a: Hit, b: Hit) => entry(b.index).nameRank - entry(a.index).nameRank;
  return (a: Hit, b: Hit) =>
    entry(a.index).stageRank - entry(b.index).stageRank || entry(a.index).nameRank - entry(b.index).nameRank;
}
