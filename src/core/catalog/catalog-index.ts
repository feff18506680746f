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

/** How much of an answer to compute. */
export interface QueryOptions {
  /** Count facet values (default true); a plain listing can skip the work. */
  facets?: boolean;
}

type Order = 'name' | 'name-desc' | 'stage';

/** The values of one facet, numbered once, and each product's value numbers in one flat array. */
interface FacetColumn {
  values: string[];
  codes: Map<string, number>;
  /** Product p's value numbers are `flat[start[p]]` up to `flat[start[p + 1]]`. */
  start: Int32Array;
  flat: Int32Array;
}

const valueCollator = new Intl.Collator('en', { numeric: true });
const stageRank = new Map<string, number>(productStages.map((stage, index) => [stage, index]));

/**
 * An in-memory index of the catalogue: typo-tolerant full-text search, filters and facet counts in
 * one pass over the candidates. Built from the products in the database; rebuilt when they change.
 */
export class CatalogIndex {
  readonly size: number;
  private readonly products: readonly Product[];
  private readonly summaries: ProductSummary[];
  private readonly bySlug: Map<string, number>;
  private readonly columns: Record<FacetName, FacetColumn>;
  private readonly orders: Record<Order, Int32Array>;
  private readonly ranks: Record<Order, Int32Array>;
  private readonly search: MiniSearch<{ id: number }>;

  constructor(products: readonly Product[]) {
    this.products = products;
    this.size = products.length;
    this.summaries = products.map(summarise);
    this.bySlug = new Map(products.map((product, index) => [product.slug, index]));
    this.columns = Object.fromEntries(
      facetNames.map((facet) => [facet, facetColumn(products, facet)]),
    ) as Record<FacetName, FacetColumn>;
    this.orders = precomputedOrders(products);
    this.ranks = {
      name: ranksOf(this.orders.name),
      'name-desc': ranksOf(this.orders['name-desc']),
      stage: ranksOf(this.orders.stage),
    };
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
      products.map((product, id) => ({
        id,
        name: product.name,
        aliases: product.aliases.join(' '),
        organisations: product.organisations.map((organisation) => organisation.name).join(' '),
        description: product.description,
      })),
    );
  }

  /** Every product the index holds, in the order it was given them. */
  all(): readonly Product[] {
    return this.products;
  }

  /** The product with this slug, if the index holds it. */
  find(slug: string): Product | undefined {
    const index = this.bySlug.get(slug);
    return index === undefined ? undefined : this.products[index];
  }

  /** Runs a query: matches, filters, facet counts (unless turned off: then empty), order and one page. */
  query(query: CatalogQuery, options: QueryOptions = {}): CatalogPage {
    const withFacets = options.facets ?? true;
    const offset =
      query.cursor === undefined ? (query.page - 1) * query.pageSize : decodeCursor(query.cursor);
    if (offset === undefined)
      throw new DomainError('invalid_input', 'The cursor is not one this server issued.');

    const sort = query.sort ?? (query.q?.trim() ? 'relevance' : 'stage');
    const candidates = this.candidates(query.q, sort);
    const filters = facetNames
      .map((facet) => ({ facet, wanted: this.wanted(facet, query) }))
      .filter((filter) => filter.wanted !== undefined) as { facet: FacetName; wanted: Uint8Array }[];
    const counts = Object.fromEntries(
      facetNames.map((facet) => [facet, new Int32Array(this.columns[facet].values.length)]),
    ) as Record<FacetName, Int32Array>;

    const hits: number[] = [];
    for (const product of candidates) {
      let failures = 0;
      let failed: FacetName | undefined;
      for (const { facet, wanted } of filters) {
        if (!has(this.columns[facet], product, wanted)) {
          failures += 1;
          failed = facet;
          if (failures > 1 || !withFacets) break;
        }
      }
      if (!withFacets) {
        if (failures === 0) hits.push(product);
      } else if (failures === 0) {
        hits.push(product);
        for (const facet of facetNames) count(counts[facet], this.columns[facet], product);
      } else if (failures === 1 && failed) {
        count(counts[failed], this.columns[failed], product);
      }
    }

    const next = offset + query.pageSize;
    return {
      items: hits.slice(offset, next).map((product) => this.summaries[product]!),
      total: hits.length,
      page: Math.floor(offset / query.pageSize) + 1,
      pageSize: query.pageSize,
      pageCount: Math.max(1, Math.ceil(hits.length / query.pageSize)),
      ...(next < hits.length ? { nextCursor: encodeCursor(next) } : {}),
      facets: Object.fromEntries(
        facetNames.map((facet) => [facet, facetList(this.columns[facet].values, counts[facet])]),
      ) as FacetCounts,
    };
  }

  /** The products matching the words, in the order asked for. */
  private candidates(q: string | undefined, sort: Order | 'relevance'): ArrayLike<number> & Iterable<number> {
    const order = sort === 'relevance' ? 'stage' : sort;
    if (!q?.trim()) return this.orders[order];
    const ids = this.search.search(q).map((result) => result.id as number);
    if (sort === 'relevance') return ids;
    const rank = this.ranks[order];
    return ids.sort((a, b) => rank[a]! - rank[b]!);
  }

  /** A flag per value number of the facet: 1 where the query asks for that value; undefined for no filter. */
  private wanted(facet: FacetName, query: CatalogQuery): Uint8Array | undefined {
    const values = query[facet] as readonly (string | number)[];
    if (values.length === 0) return undefined;
    const column = this.columns[facet];
    const flags = new Uint8Array(column.values.length);
    for (const value of values) {
      const code = column.codes.get(String(value));
      if (code !== undefined) flags[code] = 1;
    }
    return flags;
  }
}

function facetValues(product: Product, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'type':
      return product.types;
    case 'stage':
      return [product.stage];
    case 'sdg':
      return product.sdgs.map((sdg) => String(sdg.number));
    case 'sector':
      return product.sectors;
    case 'licence':
      return product.licences.map((licence) => licence.spdx);
    case 'country':
      return product.deploymentCountries.flatMap((country) => (country.code ? [country.code] : []));
  }
}

function facetColumn(products: readonly Product[], facet: FacetName): FacetColumn {
  const values: string[] = [];
  const codes = new Map<string, number>();
  const start = new Int32Array(products.length + 1);
  const flat: number[] = [];
  products.forEach((product, index) => {
    for (const value of new Set(facetValues(product, facet))) {
      let code = codes.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        codes.set(value, code);
      }
      flat.push(code);
    }
    start[index + 1] = flat.length;
  });
  return { values, codes, start, flat: Int32Array.from(flat) };
}

function precomputedOrders(products: readonly Product[]): Record<Order, Int32Array> {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = products.map((_, index) => index);
  byName.sort((a, b) => collator.compare(products[a]!.name, products[b]!.name) || a - b);
  const nameRank = ranksOf(Int32Array.from(byName));
  const stage = (index: number) => stageRank.get(products[index]!.stage) ?? productStages.length;
  const byStage = [...byName].sort((a, b) => stage(a) - stage(b) || nameRank[a]! - nameRank[b]!);
  return {
    name: Int32Array.from(byName),
    'name-desc': Int32Array.from(byName).reverse(),
    stage: Int32Array.from(byStage),
  };
}

function ranksOf(order: Int32Array): Int32Array {
  const ranks = new Int32Array(order.length);
  order.forEach((product, rank) => (ranks[product] = rank));
  return ranks;
}

function has(column: FacetColumn, product: number, wanted: Uint8Array): boolean {
  for (let i = column.start[product]!, end = column.start[product + 1]!; i < end; i += 1) {
    if (wanted[column.flat[i]!] === 1) return true;
  }
  return false;
}

function count(counts: Int32Array, column: FacetColumn, product: number): void {
  for (let i = column.start[product]!, end = column.start[product + 1]!; i < end; i += 1) {
    counts[column.flat[i]!]! += 1;
  }
}

function facetList(values: string[], counts: Int32Array): { value: string; count: number }[] {
  const list: { value: string; count: number }[] = [];
  counts.forEach((count, code) => {
    if (count > 0) list.push({ value: values[code]!, count });
  });
  return list.sort((a, b) => b.count - a.count || valueCollator.compare(a.value, b.value));
}
