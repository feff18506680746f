import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A stored session as the app reads it. */
export interface SessionRow {
  userId: string;
  organisationId: string | null;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Saves a new session under the hash of its cookie value. */
export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: string; organisationId: string | null; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      organisation_id: session.organisationId,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session with this hash, if any (expired or not: the caller decides). */
export async function findSession(db: Kysely<Database>, tokenHash: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .select([
      'user_id as userId',
      'organisation_id as organisationId',
      'last_seen_at as lastSeenAt',
      'expires_at as expiresAt',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Records activity and, optionally, the organisation the session now works in. */
export async function touchSession(
  db: Kysely<Database>,
  tokenHash: string,
  change: { lastSeenAt: Date; organisationId?: string | null },
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({
      last_seen_at: change.lastSeenAt,
      ...(change.organisationId !== undefined ? { organisation_id: change.organisationId } : {}),
    })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user; returns how many there were. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions past their absolute expiry or idle for longer than allowed. */
export async function deleteStaleSessions(db: Kysely<Database>, now: Date, idleSince: Date): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
    .execute();
}
