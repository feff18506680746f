import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { exampleAdoptVersusLicence } from '../core/cost/worked-examples.ts';
import { DomainError } from '../core/errors.ts';
import { listCostScenarios } from '../storage/cost-scenario.repository.ts';
import type { Database } from '../storage/schema.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import {
  createCostScenario,
  getCostScenario,
  removeCostScenario,
  saveCostScenario,
} from './cost-scenarios.ts';
import { seedStarterCatalog } from './seed-starter-catalog.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;

before(async () => {
  ({ db, close } = await createTestDatabase());
  await seedStarterCatalog(db);
});
after(() => close());

const draft = (overrides: Record<string, unknown> = {}) => ({
  country: 'KE',
  products: ['dhis2'],
  scenario: exampleAdoptVersusLicence,
  ...overrides,
});

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  assert.fail('expected a DomainError');
};

test('saves, reads back, lists by country and deletes a scenario', async () => {
  const saved = await createCostScenario(db, draft());
  assert.equal(saved.revision, 1);
  assert.equal(saved.scenario.name, exampleAdoptVersusLicence.name);
  const read = await getCostScenario(db, saved.id);
  assert.deepEqual(read, saved);
  await createCostScenario(db, draft({ country: 'SN', products: [] }));
  const kenyan = await listCostScenarios(db, { country: 'KE', limit: 50 });
  assert.deepEqual(
    kenyan.map((summary) => summary.id),
    [saved.id],
  );
  await removeCostScenario(db, saved.id);
  assert.equal((await refusal(getCostScenario(db, saved.id))).code, 'not_found');
  assert.equal((await refusal(removeCostScenario(db, saved.id))).code, 'not_found');
});

test('refuses an unknown country or product, naming the field, and saves nothing', async () => {
  const before = (await listCostScenarios(db, { limit: 500 })).length;
  const error = await refusal(createCostScenario(db, draft({ country: 'XX', products: ['no-such-dpg'] })));
  assert.equal(error.code, 'invalid_input');
  const paths = (error.details?.issues as { path: string }[]).map((issue) => issue.path);
  assert.deepEqual(paths, ['country']);
  const products = await refusal(createCostScenario(db, draft({ products: ['dhis2', 'no-such-dpg'] })));
  assert.deepEqual(products.details?.issues, [
    { path: 'products.1', message: 'no catalogue product has the slug "no-such-dpg"' },
  ]);
  const lines = await refusal(
    createCostScenario(db, draft({ scenario: { ...exampleAdoptVersusLicence, horizonYears: 0 } })),
  );
  assert.match(lines.message, /scenario\.horizonYears/);
  assert.equal((await listCostScenarios(db, { limit: 500 })).length, before);
});

test('a save from a stale revision is refused and overwrites nothing', async () => {
  const saved = await createCostScenario(db, draft());
  const renamed = { ...exampleAdoptVersusLicence, name: 'First edit' };
  const first = await saveCostScenario(db, saved.id, 1, draft({ scenario: renamed }));
  assert.equal(first.revision, 2);
  const stale = await refusal(
    saveCostScenario(db, saved.id, 1, draft({ scenario: { ...renamed, name: 'Lost edit' } })),
  );
  assert.equal(stale.code, 'conflict');
  assert.equal((await getCostScenario(db, saved.id)).scenario.name, 'First edit');
  assert.equal((await refusal(saveCostScenario(db, 'not-a-uuid', 1, draft()))).code, 'not_found');
});
