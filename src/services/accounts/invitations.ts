import type { Kysely } from 'kysely';
import { z } from 'zod';
import { Email, type Organisation, type User } from '../../core/access/account.ts';
import { Role } from '../../core/access/role.ts';
import { DomainError } from '../../core/errors.ts';
import { findOrganisationBySlug, upsertMembership } from '../../storage/organisation.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { findUserByEmail } from '../../storage/user.repository.ts';
import { audit, type AuditActor } from './audit.ts';
import { createLink, useLink } from './one-time-links.ts';
import { createUser } from './users.ts';
import { validate } from './validate.ts';
import { inTransaction } from '../../storage/in-transaction.ts';

const Invitation = z.object({ email: Email, role: Role });

/** Invites someone to an organisation with a role; returns the single-use link to hand them. */
export async function invite(
  db: Kysely<Database>,
  organisation: Organisation,
  input: unknown,
  by: AuditActor & { userId: string },
) {
  const { email, role } = validate(Invitation, input, 'invitation');
  const link = await createLink(db, {
    purpose: 'invitation',
    user_id: null,
    organisation_id: organisation.id,
    email,
    role,
    created_by: by.userId,
  });
  await audit(db, by, organisation.id, 'member.invited', { kind: 'invitation', id: email, summary: role });
  return link;
}

/**
 * Accepts an invitation. A person with an account (signed in as the invited address) joins at once;
 * someone new creates their account with the name and password they give.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  token: string,
  input: { signedIn?: User; name?: unknown; password?: unknown },
): Promise<{ user: User; organisation: Organisation }> {
  return inTransaction(db, async (trx) => {
    const link = await useLink(trx, token, 'invitation');
    const organisation = await trx
      .selectFrom('organisations')
      .select(['id', 'slug', 'name'])
      .where('id', '=', link.organisation_id!)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!organisation || !link.email || !link.role)
      throw new DomainError('not_found', 'The organisation of this invitation no longer exists.');
    let user: User | undefined = input.signedIn;
    if (user && user.email !== link.email)
      throw new DomainError(
        'forbidden',
        `This invitation is for ${link.email}; sign out, then open it again.`,
      );
    if (!user) {
      const existing = await findUserByEmail(trx, link.email);
      if (existing)
        throw new DomainError(
          'conflict',
          `An account already uses ${link.email}: sign in first, then open the link again.`,
        );
      user = await createUser(
        trx,
        { email: link.email, name: input.name, password: input.password ?? '' },
        { userId: null, email: link.email },
      );
    }
    await upsertMembership(trx, organisation.id, user.id, link.role);
    await audit(trx, { userId: user.id, email: user.email }, organisation.id, 'member.joined', {
      kind: 'user',
      id: user.id,
      summary: link.role,
    });
    return { user, organisation };
  });
}

/** The organisation an invitation is for, for the page that shows it. */
export async function invitationOrganisation(db: Kysely<Database>, organisationId: string | null) {
  if (!organisationId) return undefined;
  const row = await db
    .selectFrom('organisations')
    .select('slug')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row ? findOrganisationBySlug(db, row.slug) : undefined;
}
