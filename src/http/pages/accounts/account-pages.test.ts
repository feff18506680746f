import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp } from '../../../../test/support/test-app.ts';
import { createMember, postForm, testPassword } from '../../../../test/support/test-accounts.ts';
import { defaultAccountSettings } from '../../../config.ts';
import { exampleAdoptVersusLicence } from '../../../core/cost/worked-examples.ts';
import { setupLinkIfNeeded } from '../../../services/accounts/first-administrator.ts';
import { readSession, startSession } from '../../../services/accounts/sessions.ts';
import type { Database } from '../../../storage/schema.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Kysely<Database>;
let close: () => Promise<void>;

before(async () => {
  ({ app, db, close } = await createTestApp());
});
after(() => close());

/** The session cookie a response sets, as a Cookie header value with a form token. */
const sessionFrom = (response: Response) => {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('dpg_session='));
  assert.ok(cookie, 'a session cookie is set');
  return { cookie: `${cookie.split(';')[0]}; dpg_csrf=t0k3n`, csrf: 't0k3n', header: cookie };
};
const get = (path: string, cookie?: string) => app.request(path, cookie ? { headers: { cookie } } : {});

test('first start: a single-use set-up link creates the administrator, signs them in, and then stops working', async () => {
  assert.equal((await get('/setup/not-a-real-token')).status, 404);
  const path = (await setupLinkIfNeeded(db)) ?? assert.fail('a set-up link while no account exists');
  assert.ok(path.startsWith('/setup/'));
  assert.equal((await get(path)).status, 200);
  const weak = await postForm(app, path, {
    email: 'admin@ministry.example',
    name: 'Amina',
    password: 'short',
    organisation: 'Ministry of Health',
  });
  assert.equal(weak.status, 400);
  assert.match(await weak.text(), /at least 12 characters/);
  const done = await postForm(app, path, {
    email: 'admin@ministry.example',
    name: 'Amina',
    password: testPassword,
    organisation: 'Ministry of Health',
  });
  assert.equal(done.status, 303);
  const session = sessionFrom(done);
  assert.match(session.header, /HttpOnly/i);
  assert.match(session.header, /SameSite=Lax/i);
  assert.match(session.header, /Path=\//);
  const organisations = await (await get('/organisations', session.cookie)).text();
  assert.match(organisations, /Ministry of Health/);
  assert.match(organisations, /Administration/);
  assert.equal(
    (
      await postForm(app, path, {
        email: 'x@y.example',
        name: 'X',
        password: testPassword,
        organisation: 'Y',
      })
    ).status,
    404,
  );
  assert.equal(await setupLinkIfNeeded(db), undefined, 'no new set-up link once an account exists');
});

test('sign-in says the same for an unknown address and a wrong password; a session ends at sign-out', async () => {
  const member = await createMember(db);
  const email = member.viewer.user.email;
  const unknown = await postForm(app, '/sign-in', {
    email: 'nobody@nowhere.example',
    password: testPassword,
  });
  const wrong = await postForm(app, '/sign-in', { email, password: 'not the password at all' });
  assert.equal(unknown.status, 401);
  assert.equal(wrong.status, 401);
  const message = (html: string) => /<p class="error-summary" role="alert">([^<]*)<\/p>/.exec(html)?.[1];
  assert.equal(message(await unknown.text()), message(await wrong.text()));
  const signedIn = await postForm(app, '/sign-in', {
    email: email.toUpperCase(),
    password: testPassword,
    next: '/account',
  });
  assert.equal(signedIn.status, 303);
  assert.equal(signedIn.headers.get('location'), '/account');
  const session = sessionFrom(signedIn);
  assert.equal((await get('/account', session.cookie)).status, 200);
  assert.equal((await postForm(app, '/sign-out', {}, session)).status, 303);
  const after = await get('/account', session.cookie);
  assert.equal(after.status, 303);
  assert.equal(after.headers.get('location'), '/sign-in?next=%2Faccount');
  const offsite = await postForm(app, '/sign-in', { email, password: testPassword, next: '//evil.example/' });
  assert.equal(offsite.headers.get('location'), '/organisations');
  await db.deleteFrom('throttles').execute();
});

test('repeated failures close sign-in for that address with a growing wait, even for the right password', async () => {
  const member = await createMember(db);
  const email = member.viewer.user.email;
  for (let attempt = 0; attempt < 5; attempt += 1)
    assert.equal(
      (await postForm(app, '/sign-in', { email, password: `wrong guess ${attempt}` })).status,
      401,
    );
  const locked = await postForm(app, '/sign-in', { email, password: testPassword });
  assert.equal(locked.status, 429);
  assert.ok(Number(locked.headers.get('retry-after')) >= 1);
  await db.deleteFrom('throttles').execute();
  assert.equal((await postForm(app, '/sign-in', { email, password: testPassword })).status, 303);
});

test('sessions expire when idle and at their absolute limit', async () => {
  const member = await createMember(db);
  const now = new Date();
  const token = await startSession(db, member.viewer.user.id, defaultAccountSettings, now);
  const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
  assert.ok(
    await readSession(
      db,
      token,
      defaultAccountSettings,
      minutes(defaultAccountSettings.sessionIdleMinutes - 1),
    ),
  );
  assert.equal(
    await readSession(
      db,
      token,
      defaultAccountSettings,
      minutes(2 * defaultAccountSettings.sessionIdleMinutes + 1),
    ),
    undefined,
  );
  const busy = await startSession(
    db,
    member.viewer.user.id,
    { ...defaultAccountSettings, sessionIdleMinutes: 10_000_000 },
    now,
  );
  const days = defaultAccountSettings.sessionMaxDays;
  assert.equal(
    await readSession(
      db,
      busy,
      { ...defaultAccountSettings, sessionIdleMinutes: 10_000_000 },
      minutes(days * 1440 + 1),
    ),
    undefined,
  );
});

test('an owner invites a viewer by a single-use link; the new member reads private work but cannot change it', async () => {
  const owner = await createMember(db);
  const invited = await postForm(
    app,
    `/organisations/${owner.organisation.slug}/invitations`,
    { email: 'new.person@ministry.example', role: 'viewer' },
    owner,
  );
  assert.equal(invited.status, 200);
  const link = /value="(https?:\/\/[^"]+\/invitations\/[^"]+)"/.exec(await invited.text())?.[1];
  assert.ok(link, 'the page shows the invitation link');
  const path = new URL(link).pathname;
  assert.match(await (await get(path)).text(), /new\.person@ministry\.example/);
  const joined = await postForm(app, path, { name: 'New Person', password: testPassword });
  assert.equal(joined.status, 303);
  const session = sessionFrom(joined);
  const page = await (await get(`/organisations/${owner.organisation.slug}`, session.cookie)).text();
  assert.match(page, /New Person/);
  assert.doesNotMatch(page, /Make an invitation link/);
  assert.equal(
    (
      await postForm(
        app,
        `/organisations/${owner.organisation.slug}/invitations`,
        { email: 'x@y.example', role: 'owner' },
        session,
      )
    ).status,
    403,
  );
  assert.equal((await get(`/organisations/${owner.organisation.slug}/audit`, session.cookie)).status, 403);
  assert.equal(
    (await postForm(app, path, { name: 'Again', password: testPassword })).status,
    404,
    'a used link is gone',
  );
  const csv = await get(`/organisations/${owner.organisation.slug}/audit.csv`, owner.cookie);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const log = await csv.text();
  assert.match(log, /^at,actor,action,target_kind,target_id,summary/);
  assert.match(log, /member\.invited/);
  assert.match(log, /member\.joined/);
});

test('an administrator hands out a reset link; using it changes the password and ends every session', async () => {
  const admin = await createMember(db, { isAdmin: true });
  const person = await createMember(db);
  assert.equal((await get('/admin', person.cookie)).status, 403);
  const made = await postForm(app, `/admin/users/${person.viewer.user.id}/reset-link`, {}, admin);
  const link = /value="(https?:\/\/[^"]+\/reset\/[^"]+)"/.exec(await made.text())?.[1];
  assert.ok(link);
  const path = new URL(link).pathname;
  assert.equal((await postForm(app, path, { password: 'tiny' })).status, 400);
  assert.equal((await postForm(app, path, { password: 'a brand new passphrase here' })).status, 303);
  assert.equal((await get('/account', person.cookie)).status, 303, 'the old session is over');
  assert.equal(
    (
      await postForm(app, '/sign-in', {
        email: person.viewer.user.email,
        password: 'a brand new passphrase here',
      })
    ).status,
    303,
  );
  assert.equal((await postForm(app, path, { password: 'yet another passphrase' })).status, 404);
});

test('API tokens: shown once, scoped to read or write, revocable', async () => {
  const member = await createMember(db);
  const made = await postForm(
    app,
    '/account/tokens',
    { name: 'laptop', scope: 'read', organisation: member.organisation.slug },
    member,
  );
  const token = /value="(dpg_[^"]+)"/.exec(await made.text())?.[1];
  assert.ok(token);
  assert.doesNotMatch(await (await get('/account', member.cookie)).text(), new RegExp(token));
  const me = await app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  assert.equal(me.status, 200);
  assert.deepEqual((await me.json()).scope, 'read');
  const write = await app.request('/api/v1/cost-scenarios', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ country: 'KE', products: [], scenario: exampleAdoptVersusLicence }),
  });
  assert.equal(write.status, 403);
  const [listed] = await db
    .selectFrom('api_tokens')
    .select('id')
    .where('user_id', '=', member.viewer.user.id)
    .execute();
  await postForm(app, `/account/tokens/${listed!.id}/revoke`, {}, member);
  const revoked = await app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  assert.equal(revoked.status, 401);
  assert.match(revoked.headers.get('www-authenticate') ?? '', /Bearer/);
  assert.equal(
    (await app.request('/api/v1/me', { headers: { authorization: 'Bearer dpg_forged' } })).status,
    401,
  );
});

test('every state-changing form needs the form token of its browser', async () => {
  const member = await createMember(db);
  const missing = await app.request('/organisations', {
    method: 'POST',
    headers: {
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: member.cookie,
    },
    body: 'name=Forged',
  });
  assert.equal(missing.status, 403);
  const wrong = await app.request('/organisations', {
    method: 'POST',
    headers: {
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: member.cookie,
    },
    body: '_csrf=guessed&name=Forged',
  });
  assert.equal(wrong.status, 403);
  assert.equal(
    await db.selectFrom('organisations').select('id').where('name', '=', 'Forged').executeTakeFirst(),
    undefined,
  );
  const page = await get('/sign-in');
  const cookie = page.headers.getSetCookie().find((line) => line.startsWith('dpg_csrf='));
  assert.match(cookie ?? '', /HttpOnly/i);
  assert.match(await page.text(), /name="_csrf" value="[^"]{20,}"/);
});

test('sign out everywhere ends every session of the account', async () => {
  const member = await createMember(db);
  const other = await startSession(db, member.viewer.user.id, defaultAccountSettings);
  assert.equal((await postForm(app, '/account/sign-out-everywhere', {}, member)).status, 303);
  assert.equal(await readSession(db, other, defaultAccountSettings), undefined);
});

test('the last owner cannot leave, and a deleted account can no longer sign in', async () => {
  const owner = await createMember(db);
  const refused = await postForm(
    app,
    `/organisations/${owner.organisation.slug}/members/${owner.viewer.user.id}`,
    { role: 'viewer' },
    owner,
  );
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /at least one owner/);
  const admin = await createMember(db, { isAdmin: true });
  await postForm(app, `/admin/users/${owner.viewer.user.id}/delete`, {}, admin);
  assert.equal((await get('/account', owner.cookie)).status, 303);
  assert.equal(
    (await postForm(app, '/sign-in', { email: owner.viewer.user.email, password: testPassword })).status,
    401,
  );
  const row = await db
    .selectFrom('users')
    .select('deleted_at')
    .where('id', '=', owner.viewer.user.id)
    .executeTakeFirst();
  assert.ok(row?.deleted_at, 'the row is kept, marked deleted, until the retention period ends');
  await db.deleteFrom('throttles').execute();
});

test('a client that keeps opening unknown links is made to wait', async () => {
  await db.deleteFrom('throttles').execute();
  for (let attempt = 0; attempt < 5; attempt += 1)
    assert.equal((await get(`/reset/guess-${attempt}`)).status, 404);
  const throttled = await get('/invitations/another-guess');
  assert.equal(throttled.status, 429);
  assert.ok(Number(throttled.headers.get('retry-after')) > 0);
  await db.deleteFrom('throttles').execute();
});
