import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Until when a key must wait, if it must. */
export async function findBlockedUntil(db: Kysely<Database>, key: string): Promise<Date | null> {
  const row = await db
    .selectFrom('throttles')
    .select('blocked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.blocked_until ?? null;
}

/** Counts one more failure for a key; returns the new count. */
export async function incrementFailures(db: Kysely<Database>, key: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('throttles')
    .values({ key, failures: 1, updated_at: now })
    .onConflict((conflict) =>
      conflict
        .column('key')
        .doUpdateSet((eb) => ({ failures: eb('throttles.failures', '+', 1), updated_at: now })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Sets until when a key must wait. */
export async function setBlockedUntil(db: Kysely<Database>, key: string, until: Date): Promise<void> {
  await db.updateTable('throttles').set({ blocked_until: until }).where('key', '=', key).execute();
}

/** Forgets a key's failures (after a success). */
export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('throttles').where('key', '=', key).execute();
}
