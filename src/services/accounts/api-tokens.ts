import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { TokenScope } from '../../core/access/role.ts';
import { DomainError } from '../../core/errors.ts';
import {
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from '../../storage/api-token.repository.ts';
import { listMemberships } from '../../storage/organisation.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { findUser } from '../../storage/user.repository.ts';
import { hashSecret, newSecret } from './secret-token.ts';
import type { Viewer } from './viewer.ts';
import { validate } from './validate.ts';

/** Every API token starts so, which makes a leaked one easy to spot in logs and code. */
export const apiTokenPrefix = 'dpg_';

const NewToken = z.object({
  name: z.string().trim().min(1, 'a name is needed').max(100),
  scope: TokenScope,
  organisation: z.string().min(1, 'choose an organisation'),
});

/** Creates a token for one of the user's organisations; returns the secret, shown once. */
export async function createApiToken(db: Kysely<Database>, viewer: Viewer, input: unknown): Promise<string> {
  const parsed = validate(NewToken, input, 'token');
  const organisation = viewer.memberships.find((membership) => membership.slug === parsed.organisation);
  if (!organisation)
    throw new DomainError('invalid_input', 'invalid token: you are not a member of that organisation', {
      issues: [{ path: 'organisation', message: 'not one of your organisations' }],
    });
  const { token, hash } = newSecret(apiTokenPrefix);
  await insertApiToken(db, {
    id: randomUUID(),
    tokenHash: hash,
    userId: viewer.user.id,
    organisationId: organisation.id,
    scope: parsed.scope,
    name: parsed.name,
  });
  return token;
}

/** How precisely a token's last use is kept: one write a minute at most, not one per request. */
export const lastUseResolutionMs = 60_000;

/** The viewer an API token stands for, or undefined when it is unknown, revoked or its owner gone. */
export async function readApiToken(db: Kysely<Database>, token: string): Promise<Viewer | undefined> {
  if (!token.startsWith(apiTokenPrefix) || token.length > 100) return undefined;
  const found = await findApiToken(db, hashSecret(token));
  if (!found) return undefined;
  const user = await findUser(db, found.userId);
  if (!user) return undefined;
  const memberships = await listMemberships(db, user.id);
  const organisation = memberships.find((membership) => membership.id === found.organisationId);
  if (!organisation) return undefined;
  const now = new Date();
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= lastUseResolutionMs)
    await touchApiToken(db, found.id, now);
  const { passwordHash: _, ...plain } = user;
  return { user: plain, memberships: [organisation], organisation, scope: found.scope };
}

/** The user's live tokens. */
export function apiTokensOf(db: Kysely<Database>, userId: string) {
  return listApiTokens(db, userId);
}

/** Revokes one of the user's tokens; throws `not_found` when it is not theirs or already revoked. */
export async function revokeToken(db: Kysely<Database>, userId: string, id: string): Promise<void> {
  if (!z.uuid().safeParse(id).success || !(await revokeApiToken(db, userId, id, new Date())))
    throw new DomainError('not_found', 'No such token.');
}
