import type { Kysely, Selectable } from 'kysely';
import type { Database, OneTimeLinkTable } from './schema.ts';

/** What a single-use link carries. */
export type OneTimeLink = Pick<
  Selectable<OneTimeLinkTable>,
  'purpose' | 'user_id' | 'organisation_id' | 'email' | 'role' | 'created_by' | 'expires_at'
>;

/** Saves a link under the hash of its token. */
export async function insertOneTimeLink(
  db: Kysely<Database>,
  tokenHash: string,
  link: OneTimeLink,
): Promise<void> {
  await db
    .insertInto('one_time_links')
    .values({ token_hash: tokenHash, ...link })
    .execute();
}

/**
 * Uses a link once: marks it used and returns what it carries, or undefined when it is unknown,
 * already used, expired or meant for another purpose. The update is atomic, so a link works once.
 */
export async function consumeOneTimeLink(
  db: Kysely<Database>,
  tokenHash: string,
  purpose: OneTimeLink['purpose'],
  now: Date,
): Promise<OneTimeLink | undefined> {
  return db
    .updateTable('one_time_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['purpose', 'user_id', 'organisation_id', 'email', 'role', 'created_by', 'expires_at'])
    .executeTakeFirst();
}

/** Reads a link without using it (to show the form it opens), when it is still usable. */
export async function findUsableLink(
  db: Kysely<Database>,
  tokenHash: string,
  purpose: OneTimeLink['purpose'],
  now: Date,
): Promise<OneTimeLink | undefined> {
  return db
    .selectFrom('one_time_links')
    .select(['purpose', 'user_id', 'organisation_id', 'email', 'role', 'created_by', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Withdraws every unused link of a purpose (a new set-up link replaces the old ones). */
export async function expireLinks(
  db: Kysely<Database>,
  purpose: OneTimeLink['purpose'],
  now: Date,
): Promise<void> {
  await db
    .updateTable('one_time_links')
    .set({ used_at: now })
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
