import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { exampleAdoptVersusLicence } from '../core/cost/worked-examples.ts';
import { listCostScenarios } from '../storage/cost-scenario.repository.ts';
import type { Database } from '../storage/schema.ts';
import { refusal } from '../../test/support/refusal.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import {
  createCostScenario,
  getCostScenario,
  listVisibleCostScenarios,
  removeCostScenario,
  saveCostScenario,
  setCostScenarioPublished,
} from './cost-scenarios.ts';
import { seedStarterCatalog } from './seed-starter-catalog.ts';
import { createMember, type TestMember } from '../../test/support/test-accounts.ts';
import { auditLog } from './accounts/audit.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let owner: TestMember;

before(async () => {
  ({ db, close } = await createTestDatabase());
  await seedStarterCatalog(db);
  owner = await createMember(db);
});
after(() => close());

const draft = (overrides: Record<string, unknown> = {}) => ({
  country: 'KE',
  products: ['dhis2'],
  scenario: exampleAdoptVersusLicence,
  ...overrides,
});

test('saves, reads back, lists by country and deletes a scenario', async () => {
  const saved = await createCostScenario(db, owner.viewer, draft());
  assert.equal(saved.revision, 1);
  assert.equal(saved.scenario.name, exampleAdoptVersusLicence.name);
  const read = await getCostScenario(db, owner.viewer, saved.id);
  assert.deepEqual(read, saved);
  await createCostScenario(db, owner.viewer, draft({ country: 'SN', products: [] }));
  const kenyan = await listCostScenarios(db, {
    organisationId: owner.organisation.id,
    country: 'KE',
    limit: 50,
  });
  assert.deepEqual(
    kenyan.map((summary) => summary.id),
    [saved.id],
  );
  await removeCostScenario(db, owner.viewer, saved.id);
  assert.equal((await refusal(getCostScenario(db, owner.viewer, saved.id))).code, 'not_found');
  assert.equal((await refusal(removeCostScenario(db, owner.viewer, saved.id))).code, 'not_found');
});

test('refuses an unknown country or product, naming the field, and saves nothing', async () => {
  const before = (await listCostScenarios(db, { organisationId: owner.organisation.id, limit: 500 })).length;
  const error = await refusal(
    createCostScenario(db, owner.viewer, draft({ country: 'XX', products: ['no-such-dpg'] })),
  );
  assert.equal(error.code, 'invalid_input');
  const paths = (error.details?.issues as { path: string }[]).map((issue) => issue.path);
  assert.deepEqual(paths, ['country']);
  const products = await refusal(
    createCostScenario(db, owner.viewer, draft({ products: ['dhis2', 'no-such-dpg'] })),
  );
  assert.deepEqual(products.details?.issues, [
    { path: 'products.1', message: 'no catalogue product has the slug "no-such-dpg"' },
  ]);
  const lines = await refusal(
    createCostScenario(
      db,
      owner.viewer,
      draft({ scenario: { ...exampleAdoptVersusLicence, horizonYears: 0 } }),
    ),
  );
  assert.match(lines.message, /scenario\.horizonYears/);
  assert.equal(
    (await listCostScenarios(db, { organisationId: owner.organisation.id, limit: 500 })).length,
    before,
  );
});

test('a save from a stale revision is refused and overwrites nothing', async () => {
  const saved = await createCostScenario(db, owner.viewer, draft());
  const renamed = { ...exampleAdoptVersusLicence, name: 'First edit' };
  const first = await saveCostScenario(db, owner.viewer, saved.id, 1, draft({ scenario: renamed }));
  assert.equal(first.revision, 2);
  const stale = await refusal(
    saveCostScenario(db, owner.viewer, saved.id, 1, draft({ scenario: { ...renamed, name: 'Lost edit' } })),
  );
  assert.equal(stale.code, 'conflict');
  assert.equal((await getCostScenario(db, owner.viewer, saved.id)).scenario.name, 'First edit');
  assert.equal(
    (await refusal(saveCostScenario(db, owner.viewer, 'not-a-uuid', 1, draft()))).code,
    'not_found',
  );
});

test('keeps a scenario to its organisation: others get not_found, lesser roles get forbidden', async () => {
  const saved = await createCostScenario(
    db,
    owner.viewer,
    draft({ scenario: { ...exampleAdoptVersusLicence, name: 'Private plan' } }),
  );
  const stranger = await createMember(db);
  // Each attempt starts only when the previous one is refused, so none is left unawaited.
  for (const attempt of [
    () => getCostScenario(db, stranger.viewer, saved.id),
    () => saveCostScenario(db, stranger.viewer, saved.id, 1, draft()),
    () => removeCostScenario(db, stranger.viewer, saved.id),
    () => setCostScenarioPublished(db, stranger.viewer, saved.id, true),
    () => getCostScenario(db, undefined, saved.id),
  ])
    assert.equal((await refusal(attempt())).code, 'not_found');
  assert.ok(
    !(await listVisibleCostScenarios(db, stranger.viewer, { limit: 500 })).some((s) => s.id === saved.id),
  );

  const viewer = await createMember(db, { role: 'viewer', organisation: owner.organisation });
  assert.equal((await getCostScenario(db, viewer.viewer, saved.id)).id, saved.id);
  assert.equal((await refusal(saveCostScenario(db, viewer.viewer, saved.id, 1, draft()))).code, 'forbidden');
  assert.equal((await refusal(createCostScenario(db, viewer.viewer, draft()))).code, 'forbidden');
  const editor = await createMember(db, { role: 'editor', organisation: owner.organisation });
  assert.equal(
    (await refusal(setCostScenarioPublished(db, editor.viewer, saved.id, true))).code,
    'forbidden',
  );
  assert.equal((await refusal(createCostScenario(db, undefined, draft()))).code, 'unauthenticated');
  assert.equal((await getCostScenario(db, owner.viewer, saved.id)).revision, 1);
});

test('a published scenario is readable by anyone, changed only by its organisation, and audited', async () => {
  const saved = await createCostScenario(
    db,
    owner.viewer,
    draft({ scenario: { ...exampleAdoptVersusLicence, name: 'Shared plan' } }),
  );
  const published = await setCostScenarioPublished(db, owner.viewer, saved.id, true);
  assert.equal(published.visibility, 'published');
  assert.ok(published.publishedAt);
  assert.equal((await getCostScenario(db, undefined, saved.id)).scenario.name, 'Shared plan');
  assert.ok((await listVisibleCostScenarios(db, undefined, { limit: 500 })).some((s) => s.id === saved.id));
  const stranger = await createMember(db);
  assert.equal(
    (await refusal(saveCostScenario(db, stranger.viewer, saved.id, 1, draft()))).code,
    'forbidden',
  );
  const actions = (await auditLog(db, owner.organisation.id)).map((event) => event.action);
  assert.ok(actions.includes('cost_scenario.created'));
  assert.ok(actions.includes('cost_scenario.published'));
});
