import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { startServer, type RunningServer } from '../src/main.ts';
import { createMember } from './support/test-accounts.ts';

const run = promisify(execFile);
const bin = new URL('../bin/dpg.js', import.meta.url).pathname;
let workdir: string;

async function dpg(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: {
        ...process.env,
        DATA_DIR: path.join(workdir, 'db'),
        DATABASE_URL: '',
        SEED_STARTER_CATALOG: 'false',
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

before(async () => {
  workdir = await mkdtemp(path.join(tmpdir(), 'dpg-cli-accounts-'));
});
after(() => rm(workdir, { recursive: true, force: true }));

test('operators manage accounts and organisations from the command line', async () => {
  const env = { PUBLIC_URL: 'https://dpg.health.example' };
  const setup = await dpg(env, 'setup-link');
  assert.equal(setup.code, 0, setup.stderr);
  assert.match(setup.stdout, /^https:\/\/dpg\.health\.example\/setup\/\S{40,}\n$/);

  const created = await dpg(
    env,
    'user',
    'create',
    '--email',
    'Ops@Health.example',
    '--name',
    'Operator',
    '--admin',
  );
  assert.equal(created.code, 0, created.stderr);
  assert.match(created.stdout, /Created ops@health\.example \(administrator\)/);
  assert.match(created.stdout, /https:\/\/dpg\.health\.example\/reset\/\S+/);
  assert.equal((await dpg(env, 'setup-link')).code, 1, 'no set-up link once an account exists');
  const duplicate = await dpg(env, 'user', 'create', '--email', 'ops@health.example', '--name', 'Again');
  assert.equal(duplicate.code, 1);
  assert.match(duplicate.stderr, /already uses ops@health\.example/);
  const badEmail = await dpg(env, 'user', 'create', '--email', 'not-an-address', '--name', 'X');
  assert.match(badEmail.stderr, /email: not an e-mail address/);

  assert.equal(
    (await dpg(env, 'user', 'create', '--email', 'analyst@health.example', '--name', 'Analyst')).code,
    0,
  );
  const org = await dpg(
    env,
    'org',
    'create',
    '--name',
    'Ministry of Health, Kenya',
    '--owner',
    'ops@health.example',
  );
  assert.equal(org.code, 0, org.stderr);
  assert.match(org.stdout, /\(ministry-of-health-kenya\)/);
  const added = await dpg(
    env,
    'org',
    'add-member',
    'ministry-of-health-kenya',
    'analyst@health.example',
    '--role',
    'reviewer',
  );
  assert.equal(added.code, 0, added.stderr);
  const wrongRole = await dpg(
    env,
    'org',
    'add-member',
    'ministry-of-health-kenya',
    'analyst@health.example',
    '--role',
    'king',
  );
  assert.equal(wrongRole.code, 1);
  const orgs = JSON.parse((await dpg(env, 'org', 'list', '--json')).stdout);
  assert.deepEqual(
    orgs.map((o: { slug: string; members: number }) => [o.slug, o.members]),
    [['ministry-of-health-kenya', 2]],
  );
  const users = JSON.parse((await dpg(env, 'user', 'list', '--json')).stdout);
  assert.equal(users.length, 2);
  assert.ok(
    users.every((user: Record<string, unknown>) => !('passwordHash' in user) || user.passwordHash === null),
  );

  assert.match((await dpg(env, 'user', 'reset-link', 'analyst@health.example')).stdout, /\/reset\//);
  assert.equal((await dpg(env, 'user', 'delete', 'analyst@health.example')).code, 0);
  assert.equal((await dpg(env, 'user', 'reset-link', 'analyst@health.example')).code, 4);
});

test('dpg login checks a token against a running server and stores it for the user only', async () => {
  let server: RunningServer | undefined;
  try {
    server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', SEED_STARTER_CATALOG: 'false' }),
      () => {},
    );
    const member = await createMember(server.db);
    const token = await member.token('read');
    const credentials = path.join(workdir, 'credentials', 'credentials.json');
    const env = { DPG_CREDENTIALS: credentials };
    const refused = await dpg(env, 'login', '--server', server.url, '--token', 'dpg_not-a-token');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /refused this token/);
    const login = await dpg(env, 'login', '--server', server.url, '--token', token);
    assert.equal(login.code, 0, login.stderr);
    assert.match(login.stdout, new RegExp(`as ${member.viewer.user.email.replace('.', '\\.')}`));
    assert.equal((await stat(credentials)).mode & 0o777, 0o600);
    const whoami = await dpg(env, 'whoami');
    assert.match(whoami.stdout, /owner, read/);
    const unreachable = await dpg(env, 'login', '--server', 'http://127.0.0.1:1', '--token', token);
    assert.equal(unreachable.code, 5);
  } finally {
    await server?.close();
  }
});
