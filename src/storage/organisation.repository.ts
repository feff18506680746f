import type { Kysely } from 'kysely';
import type { Membership, Organisation } from '../core/access/account.ts';
import type { Role } from '../core/access/role.ts';
import type { Database } from './schema.ts';

/** Saves a new organisation. */
export async function insertOrganisation(
  db: Kysely<Database>,
  organisation: Organisation,
): Promise<Organisation> {
  await db.insertInto('organisations').values(organisation).execute();
  return organisation;
}

/** The live organisation with this slug. */
export async function findOrganisationBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Organisation | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** All live organisations, by name. */
export async function listOrganisations(
  db: Kysely<Database>,
): Promise<(Organisation & { members: number })[]> {
  const rows = await db
    .selectFrom('organisations as o')
    .leftJoin('memberships as m', 'm.organisation_id', 'o.id')
    .select(['o.id', 'o.slug', 'o.name', (eb) => eb.fn.count<string>('m.user_id').as('members')])
    .where('o.deleted_at', 'is', null)
    .groupBy(['o.id', 'o.slug', 'o.name'])
    .orderBy('o.name')
    .execute();
  return rows.map((row) => ({ ...row, members: Number(row.members) }));
}

/** Marks an organisation deleted (kept until purged); true when there was a live one. */
export async function softDeleteOrganisation(db: Kysely<Database>, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('organisations')
    .set({ deleted_at: at })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives a user a role in an organisation, replacing any role they had there. */
export async function upsertMembership(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ organisation_id: organisationId, user_id: userId, role })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

/** Removes a user from an organisation; true when they were a member. */
export async function deleteMembership(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The live organisations a user belongs to, with their role, by name. */
export async function listMemberships(db: Kysely<Database>, userId: string): Promise<Membership[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.slug', 'o.name', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('o.deleted_at', 'is', null)
    .orderBy('o.name')
    .execute();
}

/** The members of an organisation (live accounts only), by name. */
export async function listMembers(
  db: Kysely<Database>,
  organisationId: string,
): Promise<{ userId: string; email: string; name: string; role: Role }[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as userId', 'u.email', 'u.name', 'm.role'])
    .where('m.organisation_id', '=', organisationId)
    .where('u.deleted_at', 'is', null)
    .orderBy('u.name')
    .execute();
}
