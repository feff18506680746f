import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CostScenarioDraft, type CostScenarioRecord } from '../core/cost/cost-scenario-record.ts';
import { DomainError } from '../core/errors.ts';
import {
  type CostScenarioSummary,
  findCostScenario,
  insertCostScenario,
  listCostScenarios,
  unknownProductSlugs,
  updateCostScenario,
} from '../storage/cost-scenario.repository.ts';
import type { Database } from '../storage/schema.ts';
import { audit } from './accounts/audit.ts';
import { authorise } from './accounts/authorise.ts';
import type { Viewer } from './accounts/viewer.ts';
import { inTransaction } from '../storage/in-transaction.ts';
import { deleteOwnedItem, setVisibility } from '../storage/owned-item.repository.ts';

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

/** Saves a new scenario in the viewer's organisation after validating it. */
export async function createCostScenario(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  input: unknown,
): Promise<CostScenarioRecord> {
  authorise(viewer, 'create');
  const draft = await validateDraft(db, input);
  return inTransaction(db, async (trx) => {
    const record = await insertCostScenario(trx, randomUUID(), viewer!.organisation!.id, draft);
    await auditScenario(trx, viewer!, 'created', record);
    return record;
  });
}

/** Scenarios the viewer may see: their organisation's and every published one. */
export function listVisibleCostScenarios(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  filter: { country?: string | undefined; limit: number },
): Promise<CostScenarioSummary[]> {
  return listCostScenarios(db, { ...filter, organisationId: viewer?.organisation?.id });
}

/** The scenario with this id, if the viewer may read it; throws `not_found` otherwise. */
export async function getCostScenario(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
): Promise<CostScenarioRecord> {
  const record = uuid.test(id) ? await findCostScenario(db, id) : undefined;
  if (!record) throw new DomainError('not_found', `No cost scenario has the id "${id}".`);
  authorise(viewer, 'read', record, 'cost scenario');
  return record;
}

/**
 * Replaces a scenario that is still at `revision`. Throws `not_found` when it is gone (or not the
 * viewer's to see), `forbidden` when their role may not edit, and `conflict` when someone saved it since
 * that revision was read (nothing is overwritten).
 */
export async function saveCostScenario(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
  revision: number,
  input: unknown,
): Promise<CostScenarioRecord> {
  const current = await getCostScenario(db, viewer, id);
  authorise(viewer, 'update', current, 'cost scenario');
  const draft = await validateDraft(db, input);
  const saved = await updateCostScenario(db, id, revision, draft);
  if (!saved) {
    const latest = await getCostScenario(db, viewer, id);
    throw new DomainError(
      'conflict',
      `The scenario changed since revision ${revision} was read (it is now at revision ${latest.revision}).`,
      { revision: latest.revision },
    );
  }
  await auditScenario(db, viewer!, 'updated', saved);
  return saved;
}

/** Publishes a scenario (anyone can then read it at its link) or makes it private again. */
export async function setCostScenarioPublished(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
  published: boolean,
): Promise<CostScenarioRecord> {
  const current = await getCostScenario(db, viewer, id);
  authorise(viewer, 'publish', current, 'cost scenario');
  await setVisibility(db, 'cost_scenarios', id, published ? 'published' : 'private', new Date());
  await auditScenario(db, viewer!, published ? 'published' : 'unpublished', current);
  return getCostScenario(db, viewer, id);
}

/** Deletes a scenario; throws `not_found` when there is none the viewer may see. */
export async function removeCostScenario(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
): Promise<void> {
  const current = await getCostScenario(db, viewer, id);
  authorise(viewer, 'delete', current, 'cost scenario');
  await inTransaction(db, async (trx) => {
    await deleteOwnedItem(trx, 'cost_scenarios', id);
    await auditScenario(trx, viewer!, 'deleted', current);
  });
}

function auditScenario(db: Kysely<Database>, viewer: Viewer, verb: string, record: CostScenarioRecord) {
  return audit(
    db,
    { userId: viewer.user.id, email: viewer.user.email },
    record.organisationId,
    `cost_scenario.${verb}`,
    {
      kind: 'cost_scenario',
      id: record.id,
      summary: record.scenario.name,
    },
  );
}
