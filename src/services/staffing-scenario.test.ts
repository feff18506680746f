import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { DomainError } from '../core/errors.ts';
import { staffingProposal } from '../core/country/staffing-proposal.ts';
import { translator } from '../i18n/translate.ts';
import type { Database } from '../storage/schema.ts';
import { refusal } from '../../test/support/refusal.ts';
import { createMember, type TestMember } from '../../test/support/test-accounts.ts';
import { createTestDatabase, sharedData } from '../../test/support/test-database.ts';
import { auditLog } from './accounts/audit.ts';
import { createAssessment } from './assessments.ts';
import { getCostScenario } from './cost-scenarios.ts';
import { importCountryData } from './import-country-data.ts';
import { createScenarioFromStaffing } from './staffing-scenario.ts';
import { loadStaffingRoles } from './staffing-roles.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let owner: TestMember;
let capacity: string;
const t = translator('en');

before(async () => {
  ({ db, close } = await createTestDatabase());
  await importCountryData(db, 'countries', path.join(sharedData, 'country-indicators', 'countries'));
  owner = await createMember(db);
  capacity = (await createAssessment(db, owner.viewer, { model: 'capacity-needs', country: 'SN' })).id;
});
after(() => close());

const paths = (error: DomainError) =>
  (error.details?.issues as { path: string }[]).map((issue) => issue.path);

test("a capacity assessment's proposal becomes the DPG option's team, in the country's currency", async () => {
  const record = await createScenarioFromStaffing(db, owner.viewer, {
    assessmentId: capacity,
    scale: 'national',
    products: 3,
    t,
  });
  assert.equal(record.country, 'SN');
  assert.equal(record.organisationId, owner.organisation.id);
  assert.equal(record.visibility, 'private');
  assert.deepEqual(await getCostScenario(db, owner.viewer, record.id), record);
  const { scenario } = record;
  assert.equal(scenario.baseCurrency, 'XOF', 'the currency of the country profile');
  assert.equal(scenario.horizonYears, 10);
  assert.deepEqual(
    scenario.options.map((option) => option.id),
    ['dpg', 'proprietary'],
  );
  const dpg = scenario.options.find((option) => option.id === 'dpg')!;
  const staff = dpg.lines.filter((line) => line.category === 'staff');
  assert.equal(staff.length, 1);
  assert.equal(staff[0]!.label, 'Programme team (capacity-needs proposal, National)');
  const proposal = staffingProposal(await loadStaffingRoles(), { scale: 'national', products: 3 });
  const roles = staff[0]!.staff!;
  assert.equal(roles.length, proposal.roles.filter((role) => role.fte > 0).length);
  assert.equal(
    roles.reduce((sum, role) => sum + role.fte, 0),
    proposal.totals.fte,
  );
  assert.ok(
    roles.every((role) => role.annualSalary === 0 && !/^[a-z-]+$/.test(role.role)),
    'titled roles',
  );
  assert.ok(
    scenario.options.flatMap((option) => option.lines).every((line) => (line.amount ?? 0) === 0),
    'US-dollar placeholders are not passed off as CFA francs',
  );
  const actions = (await auditLog(db, owner.organisation.id)).map((event) => event.action);
  assert.ok(actions.includes('cost_scenario.created'));
});

test('in US dollars the template keeps its placeholders; the names follow the language', async () => {
  const record = await createScenarioFromStaffing(db, owner.viewer, {
    assessmentId: capacity,
    scale: 'pilot',
    products: 1,
    currency: 'USD',
    t: translator('fr'),
  });
  assert.equal(record.scenario.baseCurrency, 'USD');
  const dpg = record.scenario.options.find((option) => option.id === 'dpg')!;
  assert.ok(dpg.lines.some((line) => (line.amount ?? 0) > 0));
  assert.match(
    dpg.lines.find((line) => line.category === 'staff')!.label,
    /^Équipe du programme .*Pilote\)$/,
  );
  assert.match(record.scenario.name, /adopter un bien public numérique avec l'équipe proposée$/);
});

test("another organisation's private assessment is not found; a wrong assessment or choice is named", async () => {
  const stranger = await createMember(db);
  const request = { assessmentId: capacity, scale: 'ministry', products: 1, t };
  assert.equal((await refusal(createScenarioFromStaffing(db, stranger.viewer, request))).code, 'not_found');
  assert.equal((await refusal(createScenarioFromStaffing(db, undefined, request))).code, 'unauthenticated');
  const readiness = await createAssessment(db, owner.viewer, { model: 'country-readiness', country: 'KE' });
  assert.deepEqual(
    paths(
      await refusal(createScenarioFromStaffing(db, owner.viewer, { ...request, assessmentId: readiness.id })),
    ),
    ['model'],
  );
  assert.deepEqual(
    paths(
      await refusal(
        createScenarioFromStaffing(db, owner.viewer, { ...request, scale: 'galactic', products: 0 }),
      ),
    ),
    ['scale', 'products'],
  );
  const countryless = await createAssessment(db, owner.viewer, { model: 'capacity-needs', country: 'SN' });
  await db.updateTable('assessments').set({ country_code: null }).where('id', '=', countryless.id).execute();
  assert.deepEqual(
    paths(
      await refusal(
        createScenarioFromStaffing(db, owner.viewer, { ...request, assessmentId: countryless.id }),
      ),
    ),
    ['country'],
  );
  const scenarios = await db
    .selectFrom('cost_scenarios')
    .select('id')
    .where('organisation_id', '=', stranger.organisation.id)
    .execute();
  assert.deepEqual(scenarios, [], 'nothing is saved for a refusal');
});
