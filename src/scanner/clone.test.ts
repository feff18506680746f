import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createSampleRepository, type GitFixture } from '../../test/support/git-fixture.ts';
import { DomainError } from '../core/errors.ts';
import { cloneRepository, isGitUrl, redactUrl } from './clone.ts';
import { openRepository } from './git-repository.ts';
import { deadlineIn } from './git.ts';

let repo: GitFixture;
let privateTmp: string;
const savedTmp = process.env.TMPDIR;

before(async () => {
  repo = await createSampleRepository();
  // Clones go to os.tmpdir(); a private one shows what is left behind.
  privateTmp = await mkdtemp(path.join(tmpdir(), 'dpg-clone-test-'));
  process.env.TMPDIR = privateTmp;
});
after(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(privateTmp, { recursive: true, force: true });
  await repo.remove();
});

test('git URLs and local paths are told apart; other schemes are refused', () => {
  for (const url of [
    'https://github.com/a/b.git',
    'http://x.test/r',
    'ssh://git@x.test/r',
    'git://x.test/r',
    'file:///srv/r',
    'git@github.com:a/b.git',
  ])
    assert.ok(isGitUrl(url), url);
  for (const local of ['.', '../repo', '/srv/repo', 'C:repo', 'ext::sh -c touch% /tmp/x'])
    assert.ok(!isGitUrl(local), local);
  assert.throws(
    () => isGitUrl('ftp://x.test/r'),
    (error: unknown) => error instanceof DomainError && error.code === 'invalid_input',
  );
  assert.equal(redactUrl('https://user:token@github.com/a/b'), 'https://github.com/a/b');
});

test('a file:// URL is cloned bare, with its tags, into a folder that cleanup removes', async () => {
  const clone = await cloneRepository(`file://${repo.dir}`, {
    maxBytes: 50 * 1024 * 1024,
    timeoutMs: 60_000,
  });
  try {
    assert.ok(clone.dir.startsWith(privateTmp));
    const opened = await openRepository(clone.dir, deadlineIn(10_000));
    assert.equal(opened?.bare, true);
    assert.equal(opened?.head, await repo.git(['rev-parse', 'HEAD']));
    await assert.rejects(stat(path.join(clone.dir, 'hooks')));
  } finally {
    await clone.cleanup();
  }
  assert.deepEqual(await readdir(privateTmp), []);
});

test('a clone past the size limit stops with a clear error and leaves nothing behind', async () => {
  await assert.rejects(
    cloneRepository(`file://${repo.dir}`, { maxBytes: 1000, timeoutMs: 60_000 }),
    (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'invalid_input');
      assert.equal(error.details?.reason, 'too_large');
      assert.match(error.message, /larger than the clone limit of 1000 bytes/);
      return true;
    },
  );
  assert.deepEqual(await readdir(privateTmp), []);
});

test('an unreachable repository is a clear error and leaves nothing behind', async () => {
  await assert.rejects(
    cloneRepository('file:///nonexistent/dpg-repository', { maxBytes: 1e9, timeoutMs: 60_000 }),
    (error: unknown) =>
      error instanceof DomainError &&
      error.code === 'source_unreachable' &&
      /could not clone/.test(error.message),
  );
  await assert.rejects(cloneRepository('-uhoh', { maxBytes: 1e9, timeoutMs: 1000 }), DomainError);
  assert.deepEqual(await readdir(privateTmp), []);
});
