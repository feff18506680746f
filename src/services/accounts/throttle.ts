import type { Kysely } from 'kysely';
import { backoffSeconds } from '../../core/access/sign-in-backoff.ts';
import { DomainError } from '../../core/errors.ts';
import {
  clearThrottle,
  findBlockedUntil,
  incrementFailures,
  setBlockedUntil,
} from '../../storage/throttle.repository.ts';
import type { Database } from '../../storage/schema.ts';

/** Refuses with `too_many_requests` while any of the keys must wait. */
export async function assertNotThrottled(
  db: Kysely<Database>,
  keys: string[],
  now = new Date(),
): Promise<void> {
  for (const key of keys) {
    const until = await findBlockedUntil(db, key);
    if (until && until > now) {
      const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
      throw new DomainError('too_many_requests', `Too many failed attempts: try again in ${seconds} s.`, {
        retryAfter: seconds,
      });
    }
  }
}

/** Counts a failure for each key and makes it wait as long as the back-off says. */
export async function recordFailure(db: Kysely<Database>, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const failures = await incrementFailures(db, key, now);
    const wait = backoffSeconds(failures);
    if (wait > 0) await setBlockedUntil(db, key, new Date(now.getTime() + wait * 1000));
  }
}

/** Forgets the failures of a key after a success. */
export function recordSuccess(db: Kysely<Database>, key: string): Promise<void> {
  return clearThrottle(db, key);
}
