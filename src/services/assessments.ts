import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseAnswers } from '../core/assessment/answers.ts';
import { modelKey, type AssessmentModel } from '../core/assessment/assessment-model.ts';
import { assessesProducts } from '../core/assessment/model-subject.ts';
import {
  assessmentStatuses,
  type AssessmentRecord,
  type AssessmentStatus,
} from '../core/assessment/assessment-record.ts';
import { DomainError } from '../core/errors.ts';
import {
  type AssessmentSummary,
  findAssessment,
  insertAssessment,
  listAssessments,
  updateAssessment,
} from '../storage/assessment.repository.ts';
import { inTransaction } from '../storage/in-transaction.ts';
import { deleteOwnedItem, setVisibility } from '../storage/owned-item.repository.ts';
import type { Database } from '../storage/schema.ts';
import { audit } from './accounts/audit.ts';
import { authorise } from './accounts/authorise.ts';
import type { Viewer } from './accounts/viewer.ts';
import {
  assessSubject,
  subjectName,
  subjectOf,
  subjectOfRecord,
  type SubjectReference,
} from './assessment-subject.ts';
import { getAssessmentModel, loadAssessmentModels, resolveAssessmentModel } from './assessment-models.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const maxTitleLength = 200;

/**
 * What starts an assessment: a model (`id` or `id@version`), its subject (a catalogue product for a
 * product model; a country, and optionally a sector, for a country model), and answers if any.
 */
export interface NewAssessment extends SubjectReference {
  model: string;
  answers?: unknown;
  /** Defaults to the subject's name. */
  title?: string | undefined;
}

/** What a save changes: the answers (all of them), and the title and status when given. */
export interface AssessmentChange {
  answers: unknown;
  title?: string | undefined;
  status?: AssessmentStatus | undefined;
}

/**
 * Starts an assessment of a product or a country in the viewer's organisation: its answers validated
 * against the model, its result computed from the subject's facts (a product's record and latest scan,
 * a country's profile and indicators) and the answers.
 */
export async function createAssessment(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  input: NewAssessment,
  now = new Date(),
): Promise<AssessmentRecord> {
  authorise(viewer, 'create');
  const model = await anyModelNamed(input.model);
  const subject = await subjectOf(db, model, input);
  const answers = parseAnswers(model, input.answers);
  const title = titleOf(input.title, subjectName(subject));
  const { result, scannedAt } = await assessSubject(db, model, subject, answers, now);
  return inTransaction(db, async (trx) => {
    const record = await insertAssessment(trx, {
      id: randomUUID(),
      organisationId: viewer!.organisation!.id,
      model: { id: model.id, version: model.version },
      productSlug: subject.kind === 'product' ? subject.product.slug : null,
      countryCode: subject.kind === 'country' ? subject.profile.code : null,
      sector: subject.kind === 'country' ? (subject.sector ?? null) : null,
      createdBy: viewer!.user.id,
      title,
      answers,
      result,
      scannedAt,
      status: 'draft',
    });
    await auditAssessment(trx, viewer!, 'created', record);
    return record;
  });
}

/** Assessments the viewer may see (their organisation's and every published one), newest first. */
export function listVisibleAssessments(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  filter: {
    product?: string | undefined;
    country?: string | undefined;
    model?: string | undefined;
    limit: number;
  },
): Promise<AssessmentSummary[]> {
  return listAssessments(db, {
    organisationId: viewer?.organisation?.id,
    productSlug: filter.product,
    countryCode: filter.country,
    modelId: filter.model,
    limit: filter.limit,
  });
}

/** The assessment with this id, if the viewer may read it; throws `not_found` otherwise. */
export async function getAssessment(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
): Promise<AssessmentRecord> {
  const record = uuid.test(id) ? await findAssessment(db, id) : undefined;
  if (!record) throw new DomainError('not_found', `No assessment has the id "${id}".`);
  authorise(viewer, 'read', record, 'assessment');
  return record;
}

/** The model version an assessment was made with. */
export function modelOf(record: Pick<AssessmentRecord, 'model'>): Promise<AssessmentModel> {
  return getAssessmentModel(record.model.id, record.model.version);
}

/**
 * Replaces an assessment's answers (and title or status when given) if it is still at `revision`, and
 * computes its result again from the latest facts. Throws `not_found` when it is gone (or not the
 * viewer's to see), `forbidden` when their role may not edit, `invalid_input` naming every bad answer,
 * and `conflict` when someone saved it since that revision was read (nothing is overwritten).
 */
export async function saveAssessment(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
  revision: number,
  change: AssessmentChange,
  now = new Date(),
): Promise<AssessmentRecord> {
  const current = await getAssessment(db, viewer, id);
  authorise(viewer, 'update', current, 'assessment');
  const model = await modelOf(current);
  const answers = parseAnswers(model, change.answers);
  if (change.status !== undefined && !assessmentStatuses.includes(change.status))
    throw new DomainError('invalid_input', `status must be one of ${assessmentStatuses.join(', ')}`, {
      issues: [{ path: 'status', message: `one of ${assessmentStatuses.join(', ')}` }],
    });
  const subject = await subjectOfRecord(db, model, current);
  const { result, scannedAt } = await assessSubject(db, model, subject, answers, now);
  const saved = await updateAssessment(db, id, revision, {
    title: change.title === undefined ? current.title : titleOf(change.title, subjectName(subject)),
    answers,
    result,
    scannedAt,
    status: change.status ?? current.status,
  });
  if (!saved) {
    const latest = await getAssessment(db, viewer, id);
    throw new DomainError(
      'conflict',
      `The assessment changed since revision ${revision} was read (it is now at revision ${latest.revision}).`,
      { revision: latest.revision },
    );
  }
  await auditAssessment(db, viewer!, 'updated', saved);
  return saved;
}

/** Publishes an assessment (anyone can then read it at its link) or makes it private again. */
export async function setAssessmentPublished(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
  published: boolean,
): Promise<AssessmentRecord> {
  const current = await getAssessment(db, viewer, id);
  authorise(viewer, 'publish', current, 'assessment');
  await setVisibility(db, 'assessments', id, published ? 'published' : 'private', new Date());
  await auditAssessment(db, viewer!, published ? 'published' : 'unpublished', current);
  return getAssessment(db, viewer, id);
}

/** Deletes an assessment; throws `not_found` when there is none the viewer may see. */
export async function removeAssessment(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  id: string,
): Promise<void> {
  const current = await getAssessment(db, viewer, id);
  authorise(viewer, 'delete', current, 'assessment');
  await inTransaction(db, async (trx) => {
    await deleteOwnedItem(trx, 'assessments', id);
    await auditAssessment(trx, viewer!, 'deleted', current);
  });
}

/** The models a product can be assessed with (those that read a product's record or scan). */
export async function productModels(): Promise<AssessmentModel[]> {
  return (await loadAssessmentModels()).filter(assessesProducts);
}

/** The models a country can be assessed with (country readiness, capacity needs). */
export async function countryModels(): Promise<AssessmentModel[]> {
  return (await loadAssessmentModels()).filter((model) => !assessesProducts(model));
}

/** The model a request names, of either kind; `invalid_input` on `model` when there is none. */
export async function anyModelNamed(reference: string): Promise<AssessmentModel> {
  try {
    return await resolveAssessmentModel(reference);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'not_found') throw error;
    throw new DomainError('invalid_input', error.message, {
      issues: [{ path: 'model', message: error.message }],
    });
  }
}

/** The product model a request names; `invalid_input` on `model` for an unknown or a country model. */
export async function modelNamed(reference: string): Promise<AssessmentModel> {
  return modelOfKind(await anyModelNamed(reference), 'product');
}

/** The country model a request names; `invalid_input` on `model` for an unknown or a product model. */
export async function countryModelNamed(reference: string): Promise<AssessmentModel> {
  return modelOfKind(await anyModelNamed(reference), 'country');
}

function modelOfKind(model: AssessmentModel, kind: 'product' | 'country'): AssessmentModel {
  if (assessesProducts(model) === (kind === 'product')) return model;
  const message = `${modelKey(model)} assesses ${kind === 'product' ? 'countries, not products' : 'products, not countries'}`;
  throw new DomainError('invalid_input', `${message}.`, { issues: [{ path: 'model', message }] });
}

function titleOf(title: string | undefined, fallback: string): string {
  const trimmed = title?.trim();
  if (!trimmed) return fallback.slice(0, maxTitleLength);
  if (trimmed.length > maxTitleLength)
    throw new DomainError('invalid_input', `a title has at most ${maxTitleLength} characters`, {
      issues: [{ path: 'title', message: `at most ${maxTitleLength} characters` }],
    });
  return trimmed;
}

function auditAssessment(db: Kysely<Database>, viewer: Viewer, verb: string, record: AssessmentRecord) {
  return audit(
    db,
    { userId: viewer.user.id, email: viewer.user.email },
    record.organisationId,
    `assessment.${verb}`,
    { kind: 'assessment', id: record.id, summary: `${record.title} (${modelKey(record.model)})` },
  );
}
