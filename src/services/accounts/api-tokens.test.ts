import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { createMember, type TestMember } from '../../../test/support/test-accounts.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../storage/schema.ts';
import { lastUseResolutionMs, readApiToken } from './api-tokens.ts';

let db: Kysely<Database>;
let close: () => Promise<void>;
let member: TestMember;

before(async () => {
  ({ db, close } = await createTestDatabase());
  member = await createMember(db);
});
after(() => close());

const lastUsed = async () =>
  (
    await db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('user_id', '=', member.viewer.user.id)
      .executeTakeFirstOrThrow()
  ).last_used_at;

test("a token's last use is written once a minute at most, not at every request", async () => {
  const token = await member.token('read');
  assert.equal(await lastUsed(), null);
  assert.equal((await readApiToken(db, token))?.scope, 'read');
  const first = await lastUsed();
  assert.ok(first, 'the first use is recorded');
  await readApiToken(db, token);
  assert.deepEqual(await lastUsed(), first, 'a use within the minute writes nothing');
  const earlier = new Date(Date.now() - lastUseResolutionMs - 1000);
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: earlier })
    .where('user_id', '=', member.viewer.user.id)
    .execute();
  await readApiToken(db, token);
  assert.ok((await lastUsed())! > earlier, 'a use after the minute is recorded');
  assert.equal(await readApiToken(db, `${token}x`), undefined);
  assert.equal(await readApiToken(db, 'not-a-token'), undefined);
});
