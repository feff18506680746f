import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { audit, type AuditActor } from './audit.ts';
import { createLink, useLink } from './one-time-links.ts';
import { getUser, setPassword } from './users.ts';
import { inTransaction } from '../../storage/in-transaction.ts';

/** Makes a single-use reset link for a user, for an administrator to hand over. */
export async function createResetLink(db: Kysely<Database>, userId: string, by: AuditActor) {
  const user = await getUser(db, userId);
  const link = await createLink(db, {
    purpose: 'reset',
    user_id: user.id,
    organisation_id: null,
    email: null,
    role: null,
    created_by: by.userId,
  });
  await audit(db, by, null, 'user.reset_link_created', { kind: 'user', id: user.id, summary: user.email });
  return link;
}

/** Uses a reset link: sets the new password and ends the user's sessions. Nothing changes if it fails. */
export async function completeReset(db: Kysely<Database>, token: string, password: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const link = await useLink(trx, token, 'reset');
    await setPassword(trx, link.user_id!, password);
  });
}
