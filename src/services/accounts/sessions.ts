import type { Kysely } from 'kysely';
import type { AccountSettings } from '../../config.ts';
import { DomainError } from '../../core/errors.ts';
import { listMemberships } from '../../storage/organisation.repository.ts';
import type { Database } from '../../storage/schema.ts';
import {
  deleteSession,
  deleteStaleSessions,
  deleteUserSessions,
  findSession,
  insertSession,
  touchSession,
} from '../../storage/session.repository.ts';
import { findUser } from '../../storage/user.repository.ts';
import { hashSecret, newSecret } from './secret-token.ts';
import type { Viewer } from './viewer.ts';

const minute = 60_000;

/** Starts a session for a user in their first organisation; returns the cookie value. */
export async function startSession(
  db: Kysely<Database>,
  userId: string,
  settings: AccountSettings,
  now = new Date(),
): Promise<string> {
  const { token, hash } = newSecret();
  const [first] = await listMemberships(db, userId);
  await deleteStaleSessions(db, now, new Date(now.getTime() - settings.sessionIdleMinutes * minute));
  await insertSession(db, {
    tokenHash: hash,
    userId,
    organisationId: first?.id ?? null,
    expiresAt: new Date(now.getTime() + settings.sessionMaxDays * 24 * 60 * minute),
  });
  return token;
}

/**
 * The viewer of a session cookie, or undefined when the session is unknown, idle too long, past its
 * absolute expiry, or its user was deleted. Activity is recorded at most once a minute.
 */
export async function readSession(
  db: Kysely<Database>,
  token: string,
  settings: AccountSettings,
  now = new Date(),
): Promise<Viewer | undefined> {
  const hash = hashSecret(token);
  const session = await findSession(db, hash);
  if (!session) return undefined;
  const idleLimit = new Date(session.lastSeenAt.getTime() + settings.sessionIdleMinutes * minute);
  if (session.expiresAt <= now || idleLimit <= now) {
    await deleteSession(db, hash);
    return undefined;
  }
  const user = await findUser(db, session.userId);
  if (!user) return undefined;
  const memberships = await listMemberships(db, user.id);
  const organisation =
    memberships.find((membership) => membership.id === session.organisationId) ?? memberships[0];
  if (now.getTime() - session.lastSeenAt.getTime() > minute || organisation?.id !== session.organisationId)
    await touchSession(db, hash, { lastSeenAt: now, organisationId: organisation?.id ?? null });
  const { passwordHash: _, ...plain } = user;
  return { user: plain, memberships, organisation };
}

/** Makes a session work in another of its user's organisations. */
export async function switchOrganisation(db: Kysely<Database>, token: string, viewer: Viewer, slug: string) {
  const target = viewer.memberships.find((membership) => membership.slug === slug);
  if (!target) throw new DomainError('not_found', `You are not a member of "${slug}".`);
  await touchSession(db, hashSecret(token), { lastSeenAt: new Date(), organisationId: target.id });
}

/** Ends one session (sign out). */
export function endSession(db: Kysely<Database>, token: string): Promise<void> {
  return deleteSession(db, hashSecret(token));
}

/** Ends every session of a user (sign out everywhere); returns how many ended. */
export function endAllSessions(db: Kysely<Database>, userId: string): Promise<number> {
  return deleteUserSessions(db, userId);
}
