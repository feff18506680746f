import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { DomainError } from '../core/errors.ts';
import type { Database } from '../storage/schema.ts';
import { refusal } from '../../test/support/refusal.ts';
import { createMember, type TestMember } from '../../test/support/test-accounts.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { createAssessment, listVisibleAssessments, saveAssessment } from './assessments.ts';
import { compareAssessments } from './compare-assessments.ts';
import { importSharedCountryData } from '../../test/support/country-data.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let owner: TestMember;
const now = new Date('2026-06-30T12:00:00Z');

before(async () => {
  ({ db, close } = await createTestDatabase());
  await importSharedCountryData(db);
  owner = await createMember(db);
});
after(() => close());

const paths = (error: DomainError) =>
  (error.details?.issues as { path: string }[]).map((issue) => issue.path);

test('a country readiness assessment is pre-filled from the country data, saved and answered', async () => {
  const record = await createAssessment(
    db,
    owner.viewer,
    { model: 'country-readiness', country: 'ken', sector: 'health' },
    now,
  );
  assert.equal(record.countryCode, 'KE');
  assert.equal(record.sector, 'health');
  assert.equal(record.productSlug, null);
  assert.equal(record.title, 'Kenya (health)');
  assert.ok(record.result.profile.fromEvidence > 0, 'GTMI and EGDI pre-fill some indicators');
  assert.equal(record.result.profile.groups.length, 9, 'the nine areas of the Operational Toolkit');

  const listed = await listVisibleAssessments(db, owner.viewer, { country: 'KE', limit: 10 });
  assert.deepEqual(
    listed.map((summary) => [summary.id, summary.countryCode, summary.sector]),
    [[record.id, 'KE', 'health']],
  );
  assert.deepEqual(await listVisibleAssessments(db, owner.viewer, { country: 'RW', limit: 10 }), []);

  const question = record.result.indicators.find((indicator) => indicator.score === undefined);
  assert.ok(question, 'some indicator is left for the ministry to answer');
  const saved = await saveAssessment(db, owner.viewer, record.id, 1, { answers: {} }, now);
  assert.equal(saved.countryCode, 'KE', 'a save recomputes from the same country and sector');
  assert.equal(saved.result.inputs.factsDigest, record.result.inputs.factsDigest);
});

test('capacity needs are assessed for a country too; a product model refuses a country', async () => {
  const record = await createAssessment(db, owner.viewer, { model: 'capacity-needs', country: 'SN' }, now);
  assert.equal(record.countryCode, 'SN');
  assert.equal(record.sector, null);
  assert.deepEqual(
    paths(await refusal(createAssessment(db, owner.viewer, { model: 'adoptability', country: 'SN' }))),
    ['country'],
  );
  assert.deepEqual(
    paths(await refusal(createAssessment(db, owner.viewer, { model: 'country-readiness', country: 'XX' }))),
    ['country'],
  );
  assert.deepEqual(paths(await refusal(createAssessment(db, owner.viewer, { model: 'country-readiness' }))), [
    'country',
  ]);
  assert.deepEqual(
    paths(
      await refusal(
        createAssessment(db, owner.viewer, { model: 'country-readiness', country: 'SN', sector: 'mining' }),
      ),
    ),
    ['sector'],
  );
  assert.deepEqual(
    paths(
      await refusal(
        createAssessment(db, owner.viewer, { model: 'adoptability', product: 'dhis2', sector: 'health' }),
      ),
    ),
    ['sector'],
  );
});

test('countries compare side by side, and one country over the years of its data', async () => {
  const two = await compareAssessments(
    db,
    undefined,
    { countries: ['KE', 'DK'], model: 'country-readiness' },
    now,
  );
  assert.deepEqual(
    two.entries.map((entry) => [entry.countryCode, entry.dataYear, entry.assessmentId]),
    [
      ['KE', null, undefined],
      ['DK', null, undefined],
    ],
  );
  const score = (entry: (typeof two.entries)[number]) =>
    entry.result.profile.groups.reduce((sum, group) => sum + (group.score ?? 0), 0);
  assert.ok(score(two.entries[1]!) > score(two.entries[0]!), 'Denmark (GTMI group A) pre-fills above Kenya');

  const overTime = await compareAssessments(
    db,
    undefined,
    { countries: ['KE:2020', 'KE:2025'], model: 'country-readiness', sector: 'health' },
    now,
  );
  assert.deepEqual(
    overTime.entries.map((entry) => [entry.title, entry.dataYear]),
    [
      ['Kenya (health) 2020', 2020],
      ['Kenya (health) 2025', 2025],
    ],
  );
  assert.notEqual(
    overTime.entries[0]!.result.inputs.factsDigest,
    overTime.entries[1]!.result.inputs.factsDigest,
    'the 2020 view reads the 2020 values, not the latest',
  );
  assert.deepEqual(
    paths(
      await refusal(
        compareAssessments(db, undefined, { countries: ['KE', 'K3'], model: 'country-readiness' }),
      ),
    ),
    ['countries.1'],
  );
  assert.deepEqual(
    paths(
      await refusal(compareAssessments(db, undefined, { countries: ['KE', 'DK'], model: 'adoptability' })),
    ),
    ['model'],
  );
});
