import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { OrganisationContact } from '../core/catalog/personal-data.ts';
import type { Product } from '../core/catalog/product.ts';
import type { Scenario } from '../core/cost/scenario.ts';

/** A catalogue product: the normalised product, the source record as imported (without personal fields). */
export interface ProductTable {
  id: Generated<number>;
  slug: string;
  source_kind: string;
  source_collection: string;
  source_key: string;
  stage: string;
  name: string;
  product: JSONColumnType<Product>;
  record: JSONColumnType<Record<string, unknown>>;
  screening: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  content_hash: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** Personal fields of a record's organisations, kept out of every listing, page and default export. */
export interface ProductContactTable {
  product_id: number;
  contacts: JSONColumnType<OrganisationContact[]>;
}

/** A saved cost scenario: the validated scenario, its country and the products it is about. */
export interface CostScenarioTable {
  id: string;
  country: string;
  name: string;
  products: JSONColumnType<string[]>;
  scenario: JSONColumnType<Scenario>;
  revision: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** The database as Kysely sees it. */
export interface Database {
  products: ProductTable;
  product_contacts: ProductContactTable;
  cost_scenarios: CostScenarioTable;
}
