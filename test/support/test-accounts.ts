import type { Kysely } from 'kysely';
import type { Organisation } from '../../src/core/access/account.ts';
import type { Role, TokenScope } from '../../src/core/access/role.ts';
import { defaultAccountSettings } from '../../src/config.ts';
import { createApiToken } from '../../src/services/accounts/api-tokens.ts';
import { createOrganisation, setMemberRole } from '../../src/services/accounts/organisations.ts';
import { readSession, startSession } from '../../src/services/accounts/sessions.ts';
import { createUser } from '../../src/services/accounts/users.ts';
import type { Viewer } from '../../src/services/accounts/viewer.ts';
import type { Database } from '../../src/storage/schema.ts';

const system = { userId: null, email: null };
let counter = 0;

/** A password every test account uses; long enough for the policy. */
export const testPassword = 'a long enough test passphrase';

/** A member signed in through a real session, with what a request needs to act as them. */
export interface TestMember {
  viewer: Viewer;
  organisation: Organisation;
  /** The Cookie header: session plus a form token. */
  cookie: string;
  /** The form token to post back as `_csrf` (or the X-CSRF-Token header). */
  csrf: string;
  /** Makes an API token of this member's organisation. */
  token(scope: TokenScope): Promise<string>;
}

/**
 * Creates a user with a role in an organisation (a new one unless given) and signs them in. The first
 * member of a new organisation is its owner; `role` then changes it, which needs another owner, so a
 * non-owner of a new organisation gets a founding owner first.
 */
export async function createMember(
  db: Kysely<Database>,
  options: { role?: Role; organisation?: Organisation; email?: string; isAdmin?: boolean } = {},
): Promise<TestMember> {
  counter += 1;
  const email = options.email ?? `member${counter}-${Date.now()}@ministry.example`;
  const user = await createUser(
    db,
    { email, name: `Member ${counter}`, password: testPassword, isAdmin: options.isAdmin ?? false },
    system,
  );
  let organisation = options.organisation;
  if (!organisation) {
    const founder =
      options.role && options.role !== 'owner'
        ? (
            await createUser(
              db,
              { email: `founder-${email}`, name: 'Founder', password: testPassword },
              system,
            )
          ).id
        : user.id;
    organisation = await createOrganisation(
      db,
      { name: `Organisation ${counter} ${Date.now()}` },
      founder,
      system,
    );
  }
  if (options.organisation || (options.role && options.role !== 'owner'))
    await setMemberRole(db, organisation, user.id, options.role ?? 'editor', system);
  const session = await startSession(db, user.id, defaultAccountSettings);
  const viewer = (await readSession(db, session, defaultAccountSettings))!;
  const fixed = { ...viewer, organisation: viewer.memberships.find((m) => m.id === organisation.id) };
  const csrf = `csrf-${counter}-${Date.now()}`;
  return {
    viewer: fixed,
    organisation,
    cookie: `dpg_session=${session}; dpg_csrf=${csrf}`,
    csrf,
    token: (scope) =>
      createApiToken(db, fixed, { name: `test ${scope}`, scope, organisation: organisation.slug }),
  };
}

/** Posts a form as a member (or as nobody), with the form token. */
export function postForm(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  fields: Record<string, string>,
  member?: Pick<TestMember, 'cookie' | 'csrf'>,
) {
  const csrf = member?.csrf ?? 'anonymous-form-token';
  return app.request(path, {
    method: 'POST',
    headers: {
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: member?.cookie ?? `dpg_csrf=${csrf}`,
    },
    body: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
  });
}
