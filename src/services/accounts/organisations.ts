import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DisplayName, type Organisation, OrganisationSlug } from '../../core/access/account.ts';
import { Role } from '../../core/access/role.ts';
import { slugify } from '../../core/catalog/slug.ts';
import { DomainError } from '../../core/errors.ts';
import {
  deleteMembership,
  findOrganisationBySlug,
  insertOrganisation,
  listMembers,
  softDeleteOrganisation,
  upsertMembership,
} from '../../storage/organisation.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { audit, type AuditActor } from './audit.ts';
import { validate } from './validate.ts';
import { inTransaction } from '../../storage/in-transaction.ts';

const NewOrganisation = z.object({ name: DisplayName, slug: OrganisationSlug.optional() });

/** Creates an organisation with its first owner. */
export async function createOrganisation(
  db: Kysely<Database>,
  input: unknown,
  ownerId: string,
  by: AuditActor,
): Promise<Organisation> {
  const parsed = validate(NewOrganisation, input, 'organisation');
  const slug = parsed.slug ?? (slugify(parsed.name).slice(0, 60).replace(/-+$/, '') || 'organisation');
  if (await findOrganisationBySlug(db, slug))
    throw new DomainError('conflict', `An organisation already uses the short name "${slug}".`, {
      issues: [{ path: 'slug', message: 'already used' }],
    });
  return inTransaction(db, async (trx) => {
    const organisation = await insertOrganisation(trx, { id: randomUUID(), slug, name: parsed.name });
    await upsertMembership(trx, organisation.id, ownerId, 'owner');
    await audit(trx, by, organisation.id, 'organisation.created', {
      kind: 'organisation',
      id: organisation.id,
      summary: organisation.name,
    });
    return organisation;
  });
}

/** The live organisation with this slug; throws `not_found`. */
export async function getOrganisation(db: Kysely<Database>, slug: string): Promise<Organisation> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) throw new DomainError('not_found', `No organisation has the short name "${slug}".`);
  return organisation;
}

/** Gives a member a role (adding them if needed); the last owner cannot step down. */
export async function setMemberRole(
  db: Kysely<Database>,
  organisation: Organisation,
  userId: string,
  role: unknown,
  by: AuditActor,
): Promise<void> {
  const parsedRole = validate(Role, role, 'role');
  await inTransaction(db, async (trx) => {
    if (parsedRole !== 'owner') await assertAnotherOwner(trx, organisation.id, userId);
    await upsertMembership(trx, organisation.id, userId, parsedRole);
    await audit(trx, by, organisation.id, 'member.role_changed', {
      kind: 'user',
      id: userId,
      summary: parsedRole,
    });
  });
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(
  db: Kysely<Database>,
  organisation: Organisation,
  userId: string,
  by: AuditActor,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await assertAnotherOwner(trx, organisation.id, userId);
    if (!(await deleteMembership(trx, organisation.id, userId)))
      throw new DomainError('not_found', 'That person is not a member.');
    await audit(trx, by, organisation.id, 'member.removed', { kind: 'user', id: userId, summary: '' });
  });
}

async function assertAnotherOwner(db: Kysely<Database>, organisationId: string, userId: string) {
  const owners = (await listMembers(db, organisationId)).filter((member) => member.role === 'owner');
  if (owners.length === 1 && owners[0]!.userId === userId)
    throw new DomainError('conflict', 'An organisation keeps at least one owner: name another owner first.');
}

/** Deletes an organisation softly: its work disappears from every view and is purged after retention. */
export async function deleteOrganisation(
  db: Kysely<Database>,
  organisation: Organisation,
  by: AuditActor,
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await softDeleteOrganisation(trx, organisation.id, now);
    await audit(trx, by, organisation.id, 'organisation.deleted', {
      kind: 'organisation',
      id: organisation.id,
      summary: organisation.name,
    });
  });
}
