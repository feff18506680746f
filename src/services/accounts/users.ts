import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DisplayName, Email, type User } from '../../core/access/account.ts';
import { passwordProblem } from '../../core/access/password-policy.ts';
import { DomainError } from '../../core/errors.ts';
import { deleteUserSessions } from '../../storage/session.repository.ts';
import type { Database } from '../../storage/schema.ts';
import {
  findUser,
  findUserByEmail,
  insertUser,
  softDeleteUser,
  updatePasswordHash,
} from '../../storage/user.repository.ts';
import { audit, type AuditActor } from './audit.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { validate } from './validate.ts';
import { inTransaction } from '../../storage/in-transaction.ts';

const NewUser = z.object({
  email: Email,
  name: DisplayName,
  password: z.string().optional(),
  isAdmin: z.boolean().default(false),
});

/** Messages for the password policy's keys, for errors the API and the CLI show. */
const passwordMessages: Record<string, string> = {
  'password.tooShort': 'the password needs at least 12 characters',
  'password.tooLong': 'the password has more than 256 characters',
  'password.tooRepetitive': 'the password repeats too few different characters',
  'password.containsEmail': 'the password contains the e-mail address',
};

/** Refuses a password the policy rejects, naming the field. */
export function assertPasswordAcceptable(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new DomainError('invalid_input', `invalid password: ${passwordMessages[problem]}`, {
      issues: [{ path: 'password', message: passwordMessages[problem], key: problem }],
    });
}

/** Creates an account; without a password the person sets one through a reset link. */
export async function createUser(db: Kysely<Database>, input: unknown, by: AuditActor): Promise<User> {
  const user = validate(NewUser, input, 'user');
  if (user.password !== undefined) assertPasswordAcceptable(user.password, user.email);
  if (await findUserByEmail(db, user.email))
    throw new DomainError('conflict', `An account already uses ${user.email}.`);
  const saved = await insertUser(db, {
    id: randomUUID(),
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    passwordHash: user.password === undefined ? null : await hashPassword(user.password),
  });
  await audit(db, by, null, 'user.created', { kind: 'user', id: saved.id, summary: saved.email });
  const { passwordHash: _, ...plain } = saved;
  return plain;
}

/** The live user with this id; throws `not_found`. */
export async function getUser(db: Kysely<Database>, id: string): Promise<User> {
  const user = z.uuid().safeParse(id).success ? await findUser(db, id) : undefined;
  if (!user) throw new DomainError('not_found', `No user has the id "${id}".`);
  const { passwordHash: _, ...plain } = user;
  return plain;
}

/** The live user with this address; throws `not_found`. */
export async function getUserByEmail(db: Kysely<Database>, email: string): Promise<User> {
  const user = await findUserByEmail(db, email.trim().toLowerCase());
  if (!user) throw new DomainError('not_found', `No account uses ${email}.`);
  const { passwordHash: _, ...plain } = user;
  return plain;
}

/** Sets a new password (after a reset) and signs the user out everywhere. */
export async function setPassword(db: Kysely<Database>, userId: string, password: string): Promise<void> {
  const user = await getUser(db, userId);
  assertPasswordAcceptable(password, user.email);
  await updatePasswordHash(db, userId, await hashPassword(password));
  await deleteUserSessions(db, userId);
}

/** Changes a signed-in user's password after checking the current one. */
export async function changePassword(
  db: Kysely<Database>,
  userId: string,
  current: string,
  next: string,
): Promise<void> {
  const user = await findUser(db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, current)))
    throw new DomainError('invalid_input', 'The current password is not right.', {
      issues: [{ path: 'current', message: 'the current password is not right' }],
    });
  await setPassword(db, userId, next);
}

/** Deletes an account softly: it can no longer sign in, and is purged after the retention period. */
export async function deleteUser(db: Kysely<Database>, userId: string, by: AuditActor, now = new Date()) {
  const user = await getUser(db, userId);
  await inTransaction(db, async (trx) => {
    await softDeleteUser(trx, userId, now);
    await deleteUserSessions(trx, userId);
    await audit(trx, by, null, 'user.deleted', { kind: 'user', id: userId, summary: user.email });
  });
}
