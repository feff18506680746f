import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { typicalRepositoryScan } from '../core/assessment/typical-repository.test-support.ts';
import { DomainError } from '../core/errors.ts';
import type { ScanResult } from '../core/scan/scan-result.ts';
import { completeScan, insertScan } from '../storage/scan.repository.ts';
import type { Database } from '../storage/schema.ts';
import { refusal } from '../../test/support/refusal.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { createMember, type TestMember } from '../../test/support/test-accounts.ts';
import { auditLog } from './accounts/audit.ts';
import {
  createAssessment,
  getAssessment,
  listVisibleAssessments,
  removeAssessment,
  saveAssessment,
  setAssessmentPublished,
} from './assessments.ts';
import { compareAssessments } from './compare-assessments.ts';
import { seedStarterCatalog } from './seed-starter-catalog.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let owner: TestMember;
let stranger: TestMember;

const now = new Date('2026-06-30T12:00:00Z');

before(async () => {
  ({ db, close } = await createTestDatabase());
  await seedStarterCatalog(db);
  owner = await createMember(db);
  stranger = await createMember(db);
});
after(() => close());

const paths = (error: DomainError) =>
  (error.details?.issues as { path: string }[]).map((issue) => issue.path);

/** Stores a finished scan of a product, as the scan worker does. */
async function storeScan(productSlug: string, scannedAt: string) {
  const id = randomUUID();
  await insertScan(db, {
    id,
    productSlug,
    source: `/repos/${productSlug}`,
    status: 'running',
    requestedBy: null,
  });
  const result: ScanResult = {
    schemaVersion: 1,
    scanner: { name: 'dpg-toolkit', version: 'test' },
    scannedAt,
    durationMs: 10,
    repository: { shallow: false, empty: false },
    partial: false,
    missing: [],
    facts: typicalRepositoryScan(),
  };
  await completeScan(db, id, { result, sbom: {} });
}

test('creates an assessment from the record and answers, reads it back, lists it and audits it', async () => {
  const record = await createAssessment(
    db,
    owner.viewer,
    { model: 'dpg-standard', product: 'dhis2', answers: { ownershipDocumented: 'yes' } },
    now,
  );
  assert.equal(record.revision, 1);
  assert.equal(record.status, 'draft');
  assert.equal(record.title, 'DHIS2');
  assert.deepEqual(record.model, { id: 'dpg-standard', version: 1 });
  assert.deepEqual(record.answers, { ownershipDocumented: { value: true } });
  assert.equal(record.visibility, 'private');
  assert.equal(record.scannedAt, null);
  assert.equal(record.result.inputs.asOf, '2026-06-30');
  const ownership = record.result.indicators.find((indicator) => indicator.id === 'clear-ownership')!;
  assert.equal(ownership.basis, 'answer');
  assert.equal(ownership.level, 'pass');
  const licence = record.result.indicators.find((indicator) => indicator.id === 'open-licence')!;
  assert.equal(licence.basis, 'evidence');
  assert.ok(licence.explanation?.reads.some((read) => read.path.startsWith('record.')));

  assert.deepEqual(await getAssessment(db, owner.viewer, record.id), record);
  const listed = await listVisibleAssessments(db, owner.viewer, { product: 'dhis2', limit: 50 });
  assert.ok(listed.some((summary) => summary.id === record.id && summary.coverage! > 0));
  assert.deepEqual(await listVisibleAssessments(db, owner.viewer, { product: 'odk', limit: 50 }), []);
  assert.deepEqual(await listVisibleAssessments(db, owner.viewer, { model: 'adoptability', limit: 50 }), []);
  const events = await auditLog(db, owner.organisation.id);
  assert.ok(events.some((event) => event.action === 'assessment.created' && event.targetId === record.id));
});

test('refuses an unknown model or product and bad answers, naming each, and saves nothing', async () => {
  const before = (await listVisibleAssessments(db, owner.viewer, { limit: 500 })).length;
  assert.deepEqual(
    paths(await refusal(createAssessment(db, owner.viewer, { model: 'no-such-model', product: 'dhis2' }))),
    ['model'],
  );
  assert.deepEqual(
    paths(await refusal(createAssessment(db, owner.viewer, { model: 'Bad Name!', product: 'dhis2' }))),
    ['model'],
  );
  assert.deepEqual(
    paths(
      await refusal(createAssessment(db, owner.viewer, { model: 'country-readiness', product: 'dhis2' })),
    ),
    ['product'],
    'a country model does not assess products',
  );
  assert.deepEqual(
    paths(await refusal(createAssessment(db, owner.viewer, { model: 'adoptability', product: 'nope' }))),
    ['product'],
  );
  const answers = { approvedLicence: 'perhaps', licenceEvidenceUrl: 'ftp://x', noSuchQuestion: true };
  const error = await refusal(
    createAssessment(db, owner.viewer, { model: 'dpg-standard@1', product: 'dhis2', answers }),
  );
  assert.equal(error.code, 'invalid_input');
  assert.deepEqual(paths(error).sort(), ['approvedLicence', 'licenceEvidenceUrl', 'noSuchQuestion']);
  assert.equal((await listVisibleAssessments(db, owner.viewer, { limit: 500 })).length, before);
  assert.equal(
    (await refusal(createAssessment(db, undefined, { model: 'adoptability', product: 'dhis2' }))).code,
    'unauthenticated',
  );
});

test('saves answers at a revision, refuses a stale one, and marks it complete', async () => {
  const record = await createAssessment(db, owner.viewer, { model: 'adoptability', product: 'odk' }, now);
  const saved = await saveAssessment(
    db,
    owner.viewer,
    record.id,
    1,
    { answers: { testPractice: 'most' }, status: 'complete' },
    now,
  );
  assert.equal(saved.revision, 2);
  assert.equal(saved.status, 'complete');
  assert.deepEqual(saved.answers, { testPractice: { value: 'most' } });
  assert.equal(saved.result.profile.fromAnswers, record.result.profile.fromAnswers + 1);

  const stale = await refusal(saveAssessment(db, owner.viewer, record.id, 1, { answers: {} }, now));
  assert.equal(stale.code, 'conflict');
  assert.equal(stale.details?.revision, 2);
  const bad = await refusal(
    saveAssessment(db, owner.viewer, record.id, 2, { answers: { testPractice: 'x' } }),
  );
  assert.deepEqual(paths(bad), ['testPractice']);
  assert.equal((await getAssessment(db, owner.viewer, record.id)).revision, 2);
});

test("the product's latest finished scan is evidence, and the result says when it was made", async () => {
  const without = await createAssessment(
    db,
    owner.viewer,
    { model: 'adoptability', product: 'kolibri' },
    now,
  );
  await storeScan('kolibri', '2026-01-01T00:00:00.000Z');
  await storeScan('kolibri', '2026-06-01T00:00:00.000Z');
  const withScan = await createAssessment(
    db,
    owner.viewer,
    { model: 'adoptability', product: 'kolibri' },
    now,
  );
  assert.equal(withScan.scannedAt, '2026-06-01T00:00:00.000Z');
  assert.ok(withScan.result.profile.fromEvidence > without.result.profile.fromEvidence);
  assert.ok(
    withScan.result.indicators.some(
      (indicator) =>
        indicator.basis === 'evidence' &&
        indicator.explanation?.reads.some((read) => read.path.startsWith('scan.')),
    ),
  );
  assert.notEqual(withScan.result.inputs.factsDigest, without.result.inputs.factsDigest);
});

test('private to its organisation until an owner publishes it; roles limit changes', async () => {
  const record = await createAssessment(db, owner.viewer, { model: 'dpg-standard', product: 'openimis' });
  assert.equal((await refusal(getAssessment(db, stranger.viewer, record.id))).code, 'not_found');
  assert.equal((await refusal(getAssessment(db, undefined, record.id))).code, 'not_found');
  assert.equal(
    (await refusal(saveAssessment(db, stranger.viewer, record.id, 1, { answers: {} }))).code,
    'not_found',
  );
  const reader = await createMember(db, { role: 'viewer', organisation: owner.organisation });
  assert.equal((await getAssessment(db, reader.viewer, record.id)).id, record.id);
  assert.equal(
    (await refusal(saveAssessment(db, reader.viewer, record.id, 1, { answers: {} }))).code,
    'forbidden',
  );
  const editor = await createMember(db, { role: 'editor', organisation: owner.organisation });
  assert.equal((await refusal(setAssessmentPublished(db, editor.viewer, record.id, true))).code, 'forbidden');

  const published = await setAssessmentPublished(db, owner.viewer, record.id, true);
  assert.equal(published.visibility, 'published');
  assert.ok(published.publishedAt);
  assert.equal((await getAssessment(db, undefined, record.id)).id, record.id);
  assert.ok(
    (await listVisibleAssessments(db, stranger.viewer, { limit: 500 })).some((s) => s.id === record.id),
  );
  assert.equal(
    (await refusal(saveAssessment(db, stranger.viewer, record.id, 1, { answers: {} }))).code,
    'forbidden',
  );
  await setAssessmentPublished(db, owner.viewer, record.id, false);
  assert.equal((await refusal(getAssessment(db, undefined, record.id))).code, 'not_found');
  const actions = (await auditLog(db, owner.organisation.id)).map((event) => event.action);
  assert.ok(actions.includes('assessment.published') && actions.includes('assessment.unpublished'));
});

test('deletes an assessment', async () => {
  const record = await createAssessment(db, owner.viewer, { model: 'adoptability', product: 'moodle-lms' });
  assert.equal((await refusal(removeAssessment(db, stranger.viewer, record.id))).code, 'not_found');
  await removeAssessment(db, owner.viewer, record.id);
  assert.equal((await refusal(getAssessment(db, owner.viewer, record.id))).code, 'not_found');
  assert.equal((await refusal(getAssessment(db, owner.viewer, 'not-a-uuid'))).code, 'not_found');
});

test('compares two to four assessments or products on one model version', async () => {
  const a = await createAssessment(db, owner.viewer, { model: 'adoptability', product: 'dhis2' }, now);
  const b = await createAssessment(db, owner.viewer, { model: 'adoptability', product: 'openmrs' }, now);
  const c = await createAssessment(db, owner.viewer, { model: 'dpg-standard', product: 'openmrs' }, now);
  const byIds = await compareAssessments(db, owner.viewer, { ids: [a.id, b.id] });
  assert.equal(byIds.model.id, 'adoptability');
  assert.deepEqual(
    byIds.entries.map((entry) => entry.title),
    ['DHIS2', 'OpenMRS'],
  );
  assert.deepEqual(paths(await refusal(compareAssessments(db, owner.viewer, { ids: [a.id, c.id] }))), [
    'ids',
  ]);
  assert.deepEqual(paths(await refusal(compareAssessments(db, owner.viewer, { ids: [a.id] }))), ['ids']);
  assert.deepEqual(paths(await refusal(compareAssessments(db, owner.viewer, { ids: [a.id, a.id] }))), [
    'ids',
  ]);
  assert.equal(
    (await refusal(compareAssessments(db, stranger.viewer, { ids: [a.id, b.id] }))).code,
    'not_found',
  );

  const byProducts = await compareAssessments(
    db,
    owner.viewer,
    { products: ['dhis2', 'opencrvs', 'x-road'], model: 'adoptability' },
    now,
  );
  assert.equal(byProducts.entries[0]!.assessmentId, a.id);
  assert.equal(byProducts.entries[1]!.assessmentId, undefined);
  assert.equal(byProducts.entries[1]!.title, 'OpenCRVS');
  assert.ok(byProducts.entries[1]!.result.profile.applicable > 0);
  const strangers = await compareAssessments(db, stranger.viewer, {
    products: ['dhis2', 'opencrvs'],
    model: 'adoptability',
  });
  assert.equal(
    strangers.entries[0]!.assessmentId,
    undefined,
    "another organisation's private work is not used",
  );
  assert.deepEqual(
    paths(
      await refusal(
        compareAssessments(db, owner.viewer, { products: ['dhis2', 'nope'], model: 'adoptability' }),
      ),
    ),
    ['products.1'],
  );
});
