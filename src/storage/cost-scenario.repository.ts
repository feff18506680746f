import { sql, type Kysely, type Selectable } from 'kysely';
import type { Visibility } from '../core/access/role.ts';
import type { CostScenarioDraft, CostScenarioRecord } from '../core/cost/cost-scenario-record.ts';
import type { CostScenarioTable, Database } from './schema.ts';

/** A saved scenario as listed: no cost lines. */
export interface CostScenarioSummary {
  id: string;
  name: string;
  country: string;
  products: string[];
  revision: number;
  organisationId: string | null;
  visibility: Visibility;
  updatedAt: string;
}

const toRecord = (row: Selectable<CostScenarioTable>): CostScenarioRecord => ({
  id: row.id,
  country: row.country,
  products: row.products,
  scenario: row.scenario,
  revision: row.revision,
  organisationId: row.organisation_id,
  visibility: row.visibility,
  publishedAt: row.published_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const columns = (draft: CostScenarioDraft) => ({
  country: draft.country,
  name: draft.scenario.name,
  products: JSON.stringify(draft.products),
  scenario: JSON.stringify(draft.scenario),
});

/** Saves a new scenario under the given id, owned by an organisation. */
export async function insertCostScenario(
  db: Kysely<Database>,
  id: string,
  organisationId: string,
  draft: CostScenarioDraft,
): Promise<CostScenarioRecord> {
  const row = await db
    .insertInto('cost_scenarios')
    .values({ id, organisation_id: organisationId, ...columns(draft) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Scenarios whose organisation was not deleted (and those saved before accounts existed). */
const live = (db: Kysely<Database>) =>
  db
    .selectFrom('cost_scenarios as s')
    .leftJoin('organisations as o', 'o.id', 's.organisation_id')
    .where('o.deleted_at', 'is', null);

/** The scenario with this id, if any and if its organisation is live. */
export async function findCostScenario(
  db: Kysely<Database>,
  id: string,
): Promise<CostScenarioRecord | undefined> {
  const row = await live(db).selectAll('s').where('s.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/**
 * Scenarios one organisation may see (its own and every published one; only published ones when no
 * organisation is given), most recently changed first, optionally for one country only.
 */
export async function listCostScenarios(
  db: Kysely<Database>,
  filter: { organisationId: string | undefined; country?: string | undefined; limit: number },
): Promise<CostScenarioSummary[]> {
  let query = live(db)
    .select([
      's.id',
      's.name',
      's.country',
      's.products',
      's.revision',
      's.organisation_id',
      's.visibility',
      's.updated_at',
    ])
    .where((eb) =>
      filter.organisationId
        ? eb.or([eb('s.visibility', '=', 'published'), eb('s.organisation_id', '=', filter.organisationId)])
        : eb('s.visibility', '=', 'published'),
    )
    .orderBy('s.updated_at', 'desc')
    .orderBy('s.id')
    .limit(filter.limit);
  if (filter.country) query = query.where('s.country', '=', filter.country);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    country: row.country,
    products: row.products,
    revision: row.revision,
    organisationId: row.organisation_id,
    visibility: row.visibility,
    updatedAt: row.updated_at.toISOString(),
  }));
}

/**
 * Replaces a scenario if it is still at `revision`, and moves it to the next revision. Returns the new
 * record, or `undefined` when it does not exist or someone saved it in between.
 */
export async function updateCostScenario(
  db: Kysely<Database>,
  id: string,
  revision: number,
  draft: CostScenarioDraft,
): Promise<CostScenarioRecord | undefined> {
  const row = await db
    .updateTable('cost_scenarios')
    .set({ ...columns(draft), revision: sql`revision + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .returningAll()
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Which of these slugs name no catalogue product. */
export async function unknownProductSlugs(db: Kysely<Database>, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .selectFrom('products')
    .select('slug')
    .where('slug', 'in', [...slugs])
    .execute();
  const known = new Set(rows.map((row) => row.slug));
  return slugs.filter((slug) => !known.has(slug));
}
