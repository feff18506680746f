import type { Kysely, Selectable } from 'kysely';
import type { User } from '../core/access/account.ts';
import type { Database, UserTable } from './schema.ts';

/** A user row with its password hash, for signing in. */
export interface UserWithHash extends User {
  passwordHash: string | null;
}

const toUser = (row: Selectable<UserTable>): UserWithHash => ({
  id: row.id,
  email: row.email,
  name: row.name,
  isAdmin: row.is_admin,
  createdAt: row.created_at.toISOString(),
  passwordHash: row.password_hash,
});

/** Saves a new user. */
export async function insertUser(
  db: Kysely<Database>,
  user: { id: string; email: string; name: string; passwordHash: string | null; isAdmin: boolean },
): Promise<UserWithHash> {
  const row = await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      is_admin: user.isAdmin,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** The live (not deleted) user with this address. */
export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserWithHash | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && toUser(row);
}

/** The live user with this id. */
export async function findUser(db: Kysely<Database>, id: string): Promise<UserWithHash | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && toUser(row);
}

/** All live users, by address. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('email')
    .execute();
  return rows.map(({ password_hash: _, ...row }) => toUser({ ...row, password_hash: null }));
}

/** How many live users exist. */
export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Replaces a user's password hash. */
export async function updatePasswordHash(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** Marks a user deleted (kept until purged); true when there was a live one. */
export async function softDeleteUser(db: Kysely<Database>, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ deleted_at: at })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
