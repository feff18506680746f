import type { Kysely } from 'kysely';
import { DomainError } from '../../core/errors.ts';
import {
  consumeOneTimeLink,
  findUsableLink,
  insertOneTimeLink,
  type OneTimeLink,
} from '../../storage/one-time-link.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/** How long each kind of link stays usable. */
export const linkLifetimeHours: Record<OneTimeLink['purpose'], number> = {
  setup: 24,
  invitation: 7 * 24,
  reset: 24,
};

/** The path each kind of link opens. */
export const linkPath: Record<OneTimeLink['purpose'], string> = {
  setup: '/setup',
  invitation: '/invitations',
  reset: '/reset',
};

/** Creates a single-use link; returns the secret token (only its hash is stored) and its path. */
export async function createLink(
  db: Kysely<Database>,
  link: Omit<OneTimeLink, 'expires_at'>,
  now = new Date(),
): Promise<{ token: string; path: string; expiresAt: Date }> {
  const { token, hash } = newSecret();
  const expiresAt = new Date(now.getTime() + linkLifetimeHours[link.purpose] * 3_600_000);
  await insertOneTimeLink(db, hash, { ...link, expires_at: expiresAt });
  return { token, path: `${linkPath[link.purpose]}/${token}`, expiresAt };
}

const unusable = () =>
  new DomainError(
    'not_found',
    'This link is not valid: it was already used, it expired, or it was mistyped.',
  );

/** What a link carries, without using it; throws `not_found` when it cannot be used. */
export async function peekLink(
  db: Kysely<Database>,
  token: string,
  purpose: OneTimeLink['purpose'],
  now = new Date(),
): Promise<OneTimeLink> {
  const link = token.length <= 100 ? await findUsableLink(db, hashSecret(token), purpose, now) : undefined;
  if (!link) throw unusable();
  return link;
}

/** Uses a link (once); throws `not_found` when it cannot be used. */
export async function useLink(
  db: Kysely<Database>,
  token: string,
  purpose: OneTimeLink['purpose'],
  now = new Date(),
): Promise<OneTimeLink> {
  const link =
    token.length <= 100 ? await consumeOneTimeLink(db, hashSecret(token), purpose, now) : undefined;
  if (!link) throw unusable();
  return link;
}
