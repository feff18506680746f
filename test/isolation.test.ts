// Workspace isolation: a member of one organisation tries every route of the app against another
// organisation's work. The routes come from the router itself, so a new route cannot be forgotten: one
// whose parameters this test does not know how to fill makes it fail until it is taught.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { defaultAccountSettings } from '../src/config.ts';
import { exampleAdoptVersusLicence } from '../src/core/cost/worked-examples.ts';
import { startSession } from '../src/services/accounts/sessions.ts';
import { createCostScenario } from '../src/services/cost-scenarios.ts';
import { createAssessment } from '../src/services/assessments.ts';
import type { Database } from '../src/storage/schema.ts';
import { createMember, type TestMember } from './support/test-accounts.ts';
import { createTestApp } from './support/test-app.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Kysely<Database>;
let close: () => Promise<void>;
let attacker: TestMember;
let attackerToken: string;
let victim: TestMember;
let victimScenario: string;
let victimAssessment: string;
let victimTokenId: string;
const secret = `SECRET-${Date.now()}`;

before(async () => {
  ({ app, db, close } = await createTestApp());
  attacker = await createMember(db);
  attackerToken = await attacker.token('write');
  victim = await createMember(db, { email: `${secret.toLowerCase()}@victim.example` });
  await createMember(db, { role: 'viewer', organisation: victim.organisation });
  const scenario = await createCostScenario(db, victim.viewer, {
    country: 'KE',
    products: [],
    scenario: { ...exampleAdoptVersusLicence, name: `${secret} plan` },
  });
  victimScenario = scenario.id;
  const assessment = await createAssessment(db, victim.viewer, {
    model: 'dpg-standard',
    product: 'dhis2',
    title: `${secret} assessment`,
    answers: { ownerName: `${secret} owner` },
  });
  victimAssessment = assessment.id;
  // A private country assessment too: the country page and lists every outsider sees must not show it.
  await createAssessment(db, victim.viewer, {
    model: 'country-readiness',
    country: 'KE',
    sector: 'health',
    title: `${secret} readiness`,
  });
  await victim.token('write');
  victimTokenId = (
    await db
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', victim.viewer.user.id)
      .executeTakeFirstOrThrow()
  ).id;
});
after(() => close());

/** What fills each route parameter: the victim's resources, found by the route's prefix. */
function fill(path: string): string {
  return path.replace(/:(\w+)/g, (_whole, name: string) => {
    if (name === 'id' && /^\/(costs|api\/v1\/cost-scenarios)\//.test(path)) return victimScenario;
    if (name === 'id' && /^\/(assessments|api\/v1\/assessments)\//.test(path)) return victimAssessment;
    if (name === 'id' && path.startsWith('/api/v1/assessment-models/')) return 'dpg-standard';
    if (name === 'id' && path.startsWith('/account/tokens/')) return victimTokenId;
    if (name === 'id' && path.startsWith('/admin/users/')) return victim.viewer.user.id;
    if (name === 'slug' && /^\/(organisations|admin\/organisations)\//.test(path))
      return victim.organisation.slug;
    if (name === 'slug' && /^\/(api\/v1\/)?products\//.test(path)) return 'dhis2';
    if (name === 'code' && /^\/(api\/v1\/)?countries\//.test(path)) return 'KE';
    if (name === 'id' && /^\/(api\/v1\/)?evidence\//.test(path)) return 'mosip';
    // Scans are public facts about public repositories: any id will do.
    if (name === 'id' && /^\/(api\/v1\/)?scans\//.test(path)) return '00000000-0000-4000-8000-000000000000';
    if (name === 'userId') return victim.viewer.user.id;
    if (name === 'token') return 'not-a-real-link-token';
    assert.fail(`the isolation test does not know how to fill :${name} in ${path}; teach it`);
  });
}

/** Routes whose parameters name none of the victim's resources (public, or the caller's own). */
const publicRoute = (path: string) =>
  !/:/.test(path) ||
  /products\/:slug|countries\/:code|evidence\/:id|scans\/:id|assessment-models\/:id|\/:token$/.test(path);

const formFields = {
  name: 'Overwritten',
  country: 'KE',
  role: 'owner',
  email: 'intruder@attacker.example',
  published: '1',
  slug: '',
  revision: '1',
  password: 'an attacker passphrase',
  current: 'not the password',
  scope: 'write',
  template: 'blank',
};
const jsonBody = {
  visibility: 'published',
  country: 'KE',
  products: [],
  scenario: exampleAdoptVersusLicence,
  revision: 1,
  model: 'adoptability',
  product: 'dhis2',
  answers: {},
};

async function attempt(method: string, path: string, as: 'member' | 'anonymous') {
  const url = fill(path);
  const headers: Record<string, string> = { origin: 'http://localhost' };
  const api = url.startsWith('/api/');
  if (as === 'member') {
    if (api) headers.authorization = `Bearer ${attackerToken}`;
    else
      headers.cookie = `dpg_session=${await startSession(db, attacker.viewer.user.id, defaultAccountSettings)}; dpg_csrf=${attacker.csrf}`;
  } else headers.cookie = 'dpg_csrf=anonymous';
  let body: string | undefined;
  if (method !== 'GET') {
    if (api) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(jsonBody);
    } else {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const csrf = as === 'member' ? attacker.csrf : 'anonymous';
      body = new URLSearchParams({
        ...formFields,
        organisation: victim.organisation.slug,
        slug: victim.organisation.slug,
        _csrf: csrf,
      }).toString();
    }
  }
  // Required query parameters, so that a refusal is about access, not about a missing parameter.
  const query = url.endsWith('/export') ? '?format=json' : '';
  const response = await app.request(url + query, { method, headers, body });
  return { url, response, text: await response.text() };
}

const routes = () => {
  const seen = new Set<string>();
  return app.routes
    .filter((route) => ['GET', 'POST', 'PUT', 'DELETE'].includes(route.method) && !route.path.includes('*'))
    .filter(
      (route) => !seen.has(`${route.method} ${route.path}`) && seen.add(`${route.method} ${route.path}`),
    );
};

for (const as of ['member', 'anonymous'] as const) {
  test(`as ${as === 'member' ? 'a member of another organisation' : 'a signed-out visitor'}, every route refuses the victim's work and leaks nothing`, async () => {
    const list = routes();
    assert.ok(list.length >= 50, `the router lists ${list.length} routes`);
    for (const route of list) {
      const { url, response, text } = await attempt(route.method, route.path, as);
      const label = `${route.method} ${url} → ${response.status}`;
      assert.ok(response.status < 500, label);
      assert.ok(!text.includes(secret), `${label} leaks the victim's work`);
      assert.ok(!text.includes(victim.organisation.name), `${label} leaks the victim's organisation`);
      if (!publicRoute(route.path)) {
        const refused =
          [403, 404].includes(response.status) ||
          (as === 'anonymous' &&
            [303, 401].includes(response.status) &&
            (response.status === 401 || /^\/sign-in/.test(response.headers.get('location') ?? '')));
        assert.ok(refused, `${label} was not refused`);
      }
      if (route.method === 'GET' && !route.path.includes(':')) {
        const searched = await app.request(`${url}?q=${secret}&country=KE`, {
          headers:
            as === 'member'
              ? {
                  cookie: `dpg_session=${await startSession(db, attacker.viewer.user.id, defaultAccountSettings)}`,
                  authorization: `Bearer ${attackerToken}`,
                }
              : {},
        });
        // The query itself may be echoed back ("results for …"); what must not appear is the victim's data.
        const found = await searched.text();
        for (const marker of [victimScenario, victimAssessment, victim.organisation.name, `${secret} plan`])
          assert.ok(!found.includes(marker), `${route.method} ${url}?q= leaks ${marker}`);
      }
    }
  });
}

test("after every attempt, the victim's work, organisation, members and tokens are exactly as they were", async () => {
  const scenario = await db
    .selectFrom('cost_scenarios')
    .selectAll()
    .where('id', '=', victimScenario)
    .executeTakeFirstOrThrow();
  assert.equal(scenario.revision, 1);
  assert.equal(scenario.visibility, 'private');
  assert.equal(scenario.name, `${secret} plan`);
  const assessment = await db
    .selectFrom('assessments')
    .selectAll()
    .where('id', '=', victimAssessment)
    .executeTakeFirstOrThrow();
  assert.equal(assessment.revision, 1);
  assert.equal(assessment.visibility, 'private');
  assert.equal(assessment.title, `${secret} assessment`);
  assert.deepEqual(assessment.answers, { ownerName: { value: `${secret} owner` } });
  const organisation = await db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', victim.organisation.id)
    .executeTakeFirstOrThrow();
  assert.equal(organisation.deleted_at, null);
  const members = await db
    .selectFrom('memberships')
    .select(['user_id', 'role'])
    .where('organisation_id', '=', victim.organisation.id)
    .execute();
  assert.equal(members.length, 2);
  assert.ok(members.every((member) => member.user_id !== attacker.viewer.user.id));
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', victim.viewer.user.id)
    .executeTakeFirstOrThrow();
  assert.equal(user.deleted_at, null);
  const token = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('id', '=', victimTokenId)
    .executeTakeFirstOrThrow();
  assert.equal(token.revoked_at, null);
  const links = await db
    .selectFrom('one_time_links')
    .select('purpose')
    .where('organisation_id', '=', victim.organisation.id)
    .execute();
  assert.deepEqual(links, []);
});
