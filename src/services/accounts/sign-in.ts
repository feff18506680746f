import type { Kysely } from 'kysely';
import type { User } from '../../core/access/account.ts';
import { DomainError } from '../../core/errors.ts';
import type { Database } from '../../storage/schema.ts';
import { findUserByEmail } from '../../storage/user.repository.ts';
import { verifyPassword } from './password-hash.ts';
import { assertNotThrottled, recordFailure, recordSuccess } from './throttle.ts';

/** The one message for every failed sign-in, so it never tells whether an address has an account. */
export const signInRefused = 'The e-mail address or the password is not right.';

/**
 * Checks an address and a password. Failures count against both the address and the client, which then
 * wait longer and longer (`too_many_requests`); the message never says which of the two was wrong.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; client: string },
  now = new Date(),
): Promise<User> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const keys = [`sign-in:email:${email}`, `sign-in:client:${input.client}`];
  await assertNotThrottled(db, keys, now);
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(user?.passwordHash, input.password.slice(0, 256));
  if (!user || !valid) {
    await recordFailure(db, keys, now);
    throw new DomainError('unauthenticated', signInRefused);
  }
  await recordSuccess(db, keys[0]!);
  const { passwordHash: _, ...plain } = user;
  return plain;
}
