import assert from 'node:assert/strict';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DomainError } from '../core/errors.ts';
import {
  armRepository,
  createSampleRepository,
  fixtureDir,
  type GitFixture,
} from '../../test/support/git-fixture.ts';
import { openRepository } from './git-repository.ts';
import { createGitTree } from './git-tree.ts';
import { deadlineIn, gitEnvironment, runGit, startGit, streamGit } from './git.ts';
import { readHistory } from './history/read-history.ts';
import { readTags } from './history/read-tags.ts';

let repo: GitFixture;
let markers: string;

before(async () => {
  repo = await createSampleRepository();
  markers = await armRepository(repo);
});
after(async () => {
  await repo.remove();
  await rm(markers, { recursive: true, force: true });
});

test('nothing the repository configures is run: hooks, fsmonitor, pager, gpg, diff, filters', async () => {
  // Changes in the working tree would make git consult fsmonitor, filters and diff drivers if it looked.
  await writeFile(path.join(repo.dir, 'README.md'), 'changed in the working tree\n');
  const opened = await openRepository(repo.dir, deadlineIn(30_000));
  assert.ok(opened?.head);
  const tree = createGitTree(opened.at, opened.head);
  try {
    const entries = await tree.entries();
    for await (const file of tree.readMany(entries.map((entry) => entry.path))) assert.ok(file.content);
    assert.equal((await tree.read('README.md'))?.toString(), '# Sample\n');
    const history = await readHistory(opened.at, opened.head);
    assert.equal(history.summary?.commits, 10);
    assert.equal((await readTags(opened.at)).tags.length, 4);
  } finally {
    await tree.close();
  }
  assert.deepEqual(await readdir(markers), []);
});

test('the armed repository does run programs when git is used plainly (the check above has teeth)', async () => {
  const control = await createSampleRepository();
  const controlMarkers = await armRepository(control);
  try {
    await writeFile(path.join(control.dir, 'README.md'), 'changed\n');
    await control.git(['log', '-3']);
    await control.git(['status']).catch(() => undefined);
    await control.git(['diff']).catch(() => undefined);
    const ran = await readdir(controlMarkers);
    for (const expected of ['gpg', 'fsmonitor']) assert.ok(ran.includes(expected), expected);
  } finally {
    await control.remove();
    await rm(controlMarkers, { recursive: true, force: true });
  }
});

test('the environment of git carries none of the caller’s git variables', () => {
  process.env.GIT_DIR = '/elsewhere';
  process.env.GIT_CONFIG_PARAMETERS = "'core.pager'='evil'";
  try {
    const env = gitEnvironment();
    assert.equal(env.GIT_DIR, undefined);
    assert.equal(env.GIT_CONFIG_PARAMETERS, undefined);
    assert.equal(env.GIT_CONFIG_GLOBAL, '/dev/null');
    assert.equal(env.GIT_CONFIG_NOSYSTEM, '1');
    assert.equal(env.GIT_TERMINAL_PROMPT, '0');
    assert.equal(env.LC_ALL, 'C');
  } finally {
    delete process.env.GIT_DIR;
    delete process.env.GIT_CONFIG_PARAMETERS;
  }
});

test('a folder that is not a repository, even inside one, is not opened as one', async () => {
  const plain = await fixtureDir();
  const inside = path.join(repo.dir, 'src');
  try {
    assert.equal(await openRepository(plain, deadlineIn(10_000)), undefined);
    assert.equal(await openRepository(inside, deadlineIn(10_000)), undefined);
    await assert.rejects(
      runGit({ cwd: plain, trusted: [], deadline: deadlineIn(10_000) }, ['log'], {
        env: { GIT_CEILING_DIRECTORIES: path.dirname(plain) },
      }),
      (error: unknown) => error instanceof DomainError && error.code === 'not_found',
    );
    await assert.rejects(
      openRepository(path.join(plain, 'missing'), deadlineIn(10_000)),
      (error: unknown) => error instanceof DomainError && error.code === 'not_found',
    );
  } finally {
    await rm(plain, { recursive: true, force: true });
  }
});

test('a call past its deadline is stopped with a clear error', async () => {
  const opened = (await openRepository(repo.dir, deadlineIn(10_000)))!;
  const waiting = startGit({ ...opened.at, deadline: deadlineIn(300) }, ['cat-file', '--batch']);
  await assert.rejects(waiting.exited, (error: unknown) => {
    assert.ok(error instanceof DomainError);
    assert.equal(error.details?.reason, 'timeout');
    assert.match(error.message, /cat-file did not finish in time/);
    return true;
  });
  await assert.rejects(
    runGit({ ...opened.at, deadline: Date.now() - 1 }, ['rev-parse', 'HEAD']),
    (error: unknown) => error instanceof DomainError && error.details?.reason === 'timeout',
  );
});

test('git missing from the PATH is a clear error', async () => {
  const saved = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    await assert.rejects(
      runGit({ cwd: repo.dir, trusted: [], deadline: deadlineIn(5_000) }, ['--version']),
      (error: unknown) => error instanceof DomainError && error.details?.reason === 'git_missing',
    );
  } finally {
    process.env.PATH = saved;
  }
});

test('streamed records split on NUL, and stopping early stops git', async () => {
  const opened = (await openRepository(repo.dir, deadlineIn(10_000)))!;
  const records: string[] = [];
  for await (const record of streamGit(opened.at, ['log', '-z', '--format=%s', opened.head!])) {
    records.push(record.toString());
    if (records.length === 3) break;
  }
  assert.equal(records.length, 3);
  const output = await runGit(opened.at, ['log', '-z', '--format=%s', opened.head!]);
  assert.equal(output.stdout.toString().split('\0').filter(Boolean).length, 10);
});
