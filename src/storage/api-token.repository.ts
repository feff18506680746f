import type { Kysely } from 'kysely';
import type { TokenScope } from '../core/access/role.ts';
import type { Database } from './schema.ts';

/** An API token as listed to its owner (never the secret). */
export interface ApiTokenSummary {
  id: string;
  name: string;
  scope: TokenScope;
  organisationId: string;
  organisationName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** Saves a new token under the hash of its secret. */
export async function insertApiToken(
  db: Kysely<Database>,
  token: {
    id: string;
    tokenHash: string;
    userId: string;
    organisationId: string;
    scope: TokenScope;
    name: string;
  },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      token_hash: token.tokenHash,
      user_id: token.userId,
      organisation_id: token.organisationId,
      scope: token.scope,
      name: token.name,
    })
    .execute();
}

/** The live token with this hash, with its user and organisation still live. */
export async function findApiToken(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<
  | { id: string; userId: string; organisationId: string; scope: TokenScope; lastUsedAt: Date | null }
  | undefined
> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select([
      't.id',
      't.user_id as userId',
      't.organisation_id as organisationId',
      't.scope',
      't.last_used_at as lastUsedAt',
    ])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('u.deleted_at', 'is', null)
    .where('o.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Records that a token was used. */
export async function touchApiToken(db: Kysely<Database>, id: string, at: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** A user's live tokens, newest first. */
export async function listApiTokens(db: Kysely<Database>, userId: string): Promise<ApiTokenSummary[]> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select([
      't.id',
      't.name',
      't.scope',
      't.organisation_id as organisationId',
      'o.name as organisationName',
      't.created_at as createdAt',
      't.last_used_at as lastUsedAt',
    ])
    .where('t.user_id', '=', userId)
    .where('t.revoked_at', 'is', null)
    .orderBy('t.created_at', 'desc')
    .execute();
}

/** Revokes one of a user's tokens; true when it was live. */
export async function revokeApiToken(
  db: Kysely<Database>,
  userId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
