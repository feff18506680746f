import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** One line of an organisation's audit log. */
export interface AuditEvent {
  organisationId: string | null;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetKind: string;
  targetId: string;
  summary: string;
}

/** Appends an event to the log. */
export async function insertAuditEvent(db: Kysely<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      organisation_id: event.organisationId,
      actor_id: event.actorId,
      actor_email: event.actorEmail,
      action: event.action,
      target_kind: event.targetKind,
      target_id: event.targetId,
      summary: event.summary,
    })
    .execute();
}

/** An organisation's events, newest first. */
export async function listAuditEvents(
  db: Kysely<Database>,
  organisationId: string,
  limit: number,
): Promise<(AuditEvent & { at: Date })[]> {
  return db
    .selectFrom('audit_events')
    .select([
      'organisation_id as organisationId',
      'actor_id as actorId',
      'actor_email as actorEmail',
      'action',
      'target_kind as targetKind',
      'target_id as targetId',
      'summary',
      'at',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
