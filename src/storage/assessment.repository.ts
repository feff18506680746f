import { sql, type Kysely, type Selectable } from 'kysely';
import type { Visibility } from '../core/access/role.ts';
import type { Answers } from '../core/assessment/answers.ts';
import type { AssessmentRecord, AssessmentStatus } from '../core/assessment/assessment-record.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import type { AssessmentTable, Database } from './schema.ts';

/** A saved assessment as listed: no answers, and of its result only the group scores. */
export interface AssessmentSummary {
  id: string;
  title: string;
  model: { id: string; version: number };
  productSlug: string | null;
  countryCode: string | null;
  sector: string | null;
  status: AssessmentStatus;
  revision: number;
  organisationId: string;
  visibility: Visibility;
  /** Known over applicable indicators, 0–1; absent when none applies. */
  coverage: number | undefined;
  updatedAt: string;
}

/** What a save writes: the answers, the result computed from them, and the status. */
export interface AssessmentContent {
  title: string;
  answers: Answers;
  result: AssessmentResult;
  /** When the scan the result used was made (ISO), or null. */
  scannedAt: string | null;
  status: AssessmentStatus;
}

const toRecord = (row: Selectable<AssessmentTable>): AssessmentRecord => ({
  id: row.id,
  organisationId: row.organisation_id,
  visibility: row.visibility,
  publishedAt: row.published_at?.toISOString() ?? null,
  model: { id: row.model_id, version: row.model_version },
  productSlug: row.product_slug,
  countryCode: row.country_code,
  sector: row.sector,
  title: row.title,
  answers: row.answers,
  result: row.result,
  scannedAt: row.scanned_at?.toISOString() ?? null,
  status: row.status,
  revision: row.revision,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const columns = (content: AssessmentContent) => ({
  title: content.title,
  answers: JSON.stringify(content.answers),
  result: JSON.stringify(content.result),
  scanned_at: content.scannedAt === null ? null : new Date(content.scannedAt),
  status: content.status,
});

/** Saves a new assessment under the given id, owned by an organisation. */
export async function insertAssessment(
  db: Kysely<Database>,
  assessment: {
    id: string;
    organisationId: string;
    model: { id: string; version: number };
    productSlug: string | null;
    countryCode: string | null;
    sector: string | null;
    createdBy: string | null;
  } & AssessmentContent,
): Promise<AssessmentRecord> {
  const row = await db
    .insertInto('assessments')
    .values({
      id: assessment.id,
      organisation_id: assessment.organisationId,
      model_id: assessment.model.id,
      model_version: assessment.model.version,
      product_slug: assessment.productSlug,
      country_code: assessment.countryCode,
      sector: assessment.sector,
      created_by: assessment.createdBy,
      ...columns(assessment),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Assessments whose organisation was not deleted. */
const live = (db: Kysely<Database>) =>
  db
    .selectFrom('assessments as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .where('o.deleted_at', 'is', null);

/** The assessment with this id, if any and if its organisation is live. */
export async function findAssessment(
  db: Kysely<Database>,
  id: string,
): Promise<AssessmentRecord | undefined> {
  const row = await live(db).selectAll('a').where('a.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/**
 * Assessments one organisation may see (its own and every published one; only published ones when no
 * organisation is given), most recently changed first, optionally of one product or country and one
 * model.
 */
export async function listAssessments(
  db: Kysely<Database>,
  filter: {
    organisationId: string | undefined;
    productSlug?: string | undefined;
    countryCode?: string | undefined;
    modelId?: string | undefined;
    limit: number;
  },
): Promise<AssessmentSummary[]> {
  let query = live(db)
    .select([
      'a.id',
      'a.title',
      'a.model_id',
      'a.model_version',
      'a.product_slug',
      'a.country_code',
      'a.sector',
      'a.status',
      'a.revision',
      'a.organisation_id',
      'a.visibility',
      'a.updated_at',
      sql<number | null>`(a.result -> 'profile' ->> 'coverage')::float8`.as('coverage'),
    ])
    .where((eb) =>
      filter.organisationId
        ? eb.or([eb('a.visibility', '=', 'published'), eb('a.organisation_id', '=', filter.organisationId)])
        : eb('a.visibility', '=', 'published'),
    )
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id')
    .limit(filter.limit);
  if (filter.productSlug) query = query.where('a.product_slug', '=', filter.productSlug);
  if (filter.countryCode) query = query.where('a.country_code', '=', filter.countryCode);
  if (filter.modelId) query = query.where('a.model_id', '=', filter.modelId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    model: { id: row.model_id, version: row.model_version },
    productSlug: row.product_slug,
    countryCode: row.country_code,
    sector: row.sector,
    status: row.status,
    revision: row.revision,
    organisationId: row.organisation_id,
    visibility: row.visibility,
    coverage: row.coverage === null ? undefined : Number(row.coverage),
    updatedAt: row.updated_at.toISOString(),
  }));
}

/**
 * Replaces an assessment's answers, result and status if it is still at `revision`, and moves it to
 * the next revision. Returns the new record, or `undefined` when it is gone or someone saved in between.
 */
export async function updateAssessment(
  db: Kysely<Database>,
  id: string,
  revision: number,
  content: AssessmentContent,
): Promise<AssessmentRecord | undefined> {
  const row = await db
    .updateTable('assessments')
    .set({ ...columns(content), revision: sql`revision + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .returningAll()
    .executeTakeFirst();
  return row && toRecord(row);
}
