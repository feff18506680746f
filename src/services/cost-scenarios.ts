import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CostScenarioDraft, type CostScenarioRecord } from '../core/cost/cost-scenario-record.ts';
import { DomainError } from '../core/errors.ts';
import {
  deleteCostScenario,
  findCostScenario,
  insertCostScenario,
  unknownProductSlugs,
  updateCostScenario,
} from '../storage/cost-scenario.repository.ts';
import type { Database } from '../storage/schema.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates what a person wants to save: the scenario, its country, and products that exist in the
 * catalogue. Throws `DomainError('invalid_input')` naming every bad field (`details.issues`).
 */
export async function validateDraft(db: Kysely<Database>, input: unknown): Promise<CostScenarioDraft> {
  const parsed = CostScenarioDraft.safeParse(input);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  if (parsed.success) {
    const unknown = await unknownProductSlugs(db, parsed.data.products);
    for (const slug of unknown) {
      issues.push({
        path: `products.${parsed.data.products.indexOf(slug)}`,
        message: `no catalogue product has the slug "${slug}"`,
      });
    }
  }
  if (parsed.success && issues.length === 0) return parsed.data;
  const summary = issues.map((issue) => `${issue.path || '(scenario)'}: ${issue.message}`).join('; ');
  throw new DomainError('invalid_input', `invalid cost scenario: ${summary}`, { issues });
}

/** Saves a new scenario after validating it. */
export async function createCostScenario(db: Kysely<Database>, input: unknown): Promise<CostScenarioRecord> {
  return insertCostScenario(db, randomUUID(), await validateDraft(db, input));
}

/** The scenario with this id; throws `not_found` when there is none. */
export async function getCostScenario(db: Kysely<Database>, id: string): Promise<CostScenarioRecord> {
  const record = uuid.test(id) ? await findCostScenario(db, id) : undefined;
  if (!record) throw new DomainError('not_found', `No cost scenario has the id "${id}".`);
  return record;
}

/**
 * Replaces a scenario that is still at `revision`. Throws `not_found` when it is gone and `conflict`
 * when someone saved it since that revision was read (nothing is overwritten).
 */
export async function saveCostScenario(
  db: Kysely<Database>,
  id: string,
  revision: number,
  input: unknown,
): Promise<CostScenarioRecord> {
  const draft = await validateDraft(db, input);
  const current = await getCostScenario(db, id);
  const saved = await updateCostScenario(db, id, revision, draft);
  if (saved) return saved;
  throw new DomainError(
    'conflict',
    `The scenario changed since revision ${revision} was read (it is now at revision ${current.revision}).`,
    { revision: current.revision },
  );
}

/** Deletes a scenario; throws `not_found` when there is none. */
export async function removeCostScenario(db: Kysely<Database>, id: string): Promise<void> {
  if (!uuid.test(id) || !(await deleteCostScenario(db, id)))
    throw new DomainError('not_found', `No cost scenario has the id "${id}".`);
}
