import type { Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import { insertAuditEvent, listAuditEvents } from '../../storage/audit.repository.ts';
import type { Database } from '../../storage/schema.ts';

/** Who acted, for the audit log. */
export interface AuditActor {
  userId: string | null;
  email: string | null;
}

/** Records that someone did something to an item of an organisation. */
export async function audit(
  db: Kysely<Database>,
  actor: AuditActor,
  organisationId: string | null,
  action: string,
  target: { kind: string; id: string; summary: string },
): Promise<void> {
  await insertAuditEvent(db, {
    organisationId,
    actorId: actor.userId,
    actorEmail: actor.email,
    action,
    targetKind: target.kind,
    targetId: target.id,
    summary: target.summary,
  });
}

/** The organisation's most recent events. */
export function auditLog(db: Kysely<Database>, organisationId: string, limit = 500) {
  return listAuditEvents(db, organisationId, limit);
}

/** The organisation's whole audit log as CSV (a header row, then newest first). */
export async function auditCsv(db: Kysely<Database>, organisationId: string): Promise<string> {
  const events = await listAuditEvents(db, organisationId, 100_000);
  return stringify(
    events.map((event) => [
      event.at.toISOString(),
      event.actorEmail ?? '',
      event.action,
      event.targetKind,
      event.targetId,
      event.summary,
    ]),
    { header: true, columns: ['at', 'actor', 'action', 'target_kind', 'target_id', 'summary'] },
  );
}
