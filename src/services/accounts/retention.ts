import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { inTransaction } from '../../storage/in-transaction.ts';

/**
 * Purges users and organisations deleted more than `retentionDays` ago, with everything that belongs
 * to them (memberships, sessions, tokens and, for organisations, their work). Returns the counts.
 */
export async function purgeDeleted(db: Kysely<Database>, retentionDays: number, now = new Date()) {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  return inTransaction(db, async (trx) => {
    const organisations = await trx
      .deleteFrom('organisations')
      .where('deleted_at', '<', before)
      .executeTakeFirst();
    const users = await trx.deleteFrom('users').where('deleted_at', '<', before).executeTakeFirst();
    return { organisations: Number(organisations.numDeletedRows), users: Number(users.numDeletedRows) };
  });
}
