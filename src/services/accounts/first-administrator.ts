import type { Kysely } from 'kysely';
import type { User } from '../../core/access/account.ts';
import { DomainError } from '../../core/errors.ts';
import { expireLinks } from '../../storage/one-time-link.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { countUsers } from '../../storage/user.repository.ts';
import { createLink, useLink } from './one-time-links.ts';
import { createOrganisation } from './organisations.ts';
import { createUser } from './users.ts';
import { inTransaction } from '../../storage/in-transaction.ts';

/**
 * With no user in the database, makes a new set-up link (replacing older ones) and returns its path;
 * with users, returns undefined. There is no default password anywhere: this link is the only way in.
 */
export async function setupLinkIfNeeded(db: Kysely<Database>, now = new Date()): Promise<string | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  await expireLinks(db, 'setup', now);
  return (
    await createLink(
      db,
      { purpose: 'setup', user_id: null, organisation_id: null, email: null, role: null, created_by: null },
      now,
    )
  ).path;
}

/**
 * Uses the set-up link: creates the first administrator and their organisation, and gives that
 * organisation the cost scenarios saved before accounts existed. Refused once any user exists.
 */
export async function completeSetup(
  db: Kysely<Database>,
  token: string,
  input: { email: unknown; name: unknown; password: unknown; organisation: unknown },
): Promise<User> {
  return inTransaction(db, async (trx) => {
    await useLink(trx, token, 'setup');
    if ((await countUsers(trx)) > 0) throw new DomainError('conflict', 'This instance is already set up.');
    const user = await createUser(
      trx,
      { email: input.email, name: input.name, password: input.password, isAdmin: true },
      { userId: null, email: null },
    );
    const organisation = await createOrganisation(trx, { name: input.organisation }, user.id, {
      userId: user.id,
      email: user.email,
    });
    await trx
      .updateTable('cost_scenarios')
      .set({ organisation_id: organisation.id })
      .where('organisation_id', 'is', null)
      .execute();
    return user;
  });
}
