import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createGitFixture,
  createSampleRepository,
  fixtureDir,
  type GitFixture,
} from '../../../test/support/git-fixture.ts';
import { summariseReleases } from '../../core/scan/releases/release-metrics.ts';
import { openRepository } from '../git-repository.ts';
import { createGitTree } from '../git-tree.ts';
import { deadlineIn } from '../git.ts';
import { readHistory } from './read-history.ts';
import { readTags } from './read-tags.ts';
import { rm } from 'node:fs/promises';
import path from 'node:path';

let repo: GitFixture;

before(async () => {
  repo = await createSampleRepository();
});
after(() => repo.remove());

async function open(dir: string) {
  const opened = await openRepository(dir, deadlineIn(60_000));
  assert.ok(opened);
  return opened;
}

async function history(dir: string) {
  const opened = await open(dir);
  const tree = createGitTree(opened.at, opened.head);
  try {
    const mailmap = (await tree.read('.mailmap'))?.toString();
    return await readHistory(opened.at, opened.head!, mailmap === undefined ? {} : { mailmap });
  } finally {
    await tree.close();
  }
}

test('the sample history, figure by figure, with .mailmap, bots, a merge and a signed commit', async () => {
  const { summary, query } = await history(repo.dir);
  assert.ok(summary);
  assert.match(query, /^git log --pretty=raw -z .* [0-9a-f]{40} --$/);
  assert.equal(summary.commits, 10);
  assert.equal(new Date(summary.first * 1000).toISOString(), '2019-01-10T09:00:00.000Z');
  assert.equal(new Date(summary.last * 1000).toISOString(), '2021-05-01T09:00:00.000Z');
  assert.equal(summary.authors, 4, 'Ada under two addresses is one author');
  assert.deepEqual(summary.bots, { commits: 2, authors: 2 });
  assert.equal(summary.activeAuthors, 2);
  assert.equal(summary.busFactor, 1);
  assert.equal(summary.elephantFactor, 1);
  assert.deepEqual(
    summary.organisations.map((entry) => entry.organisation),
    ['acme.org', 'other.org'],
  );
  assert.deepEqual(summary.contributorsByYear, [
    { year: 2019, new: 1, returning: 0 },
    { year: 2020, new: 2, returning: 1 },
    { year: 2021, new: 1, returning: 1 },
  ]);
  assert.equal(summary.mergeShare, 0.1);
  assert.equal(summary.signedShare, 0.1);
  assert.equal(summary.commitsPerMonth.length, 8);
});

test('without the mailmap Ada counts twice', async () => {
  const opened = await open(repo.dir);
  const { summary } = await readHistory(opened.at, opened.head!);
  assert.equal(summary?.authors, 5);
});

test('tags: annotated, lightweight and signed, with their dates', async () => {
  const opened = await open(repo.dir);
  const { tags } = await readTags(opened.at);
  const byName = Object.fromEntries(tags.map((tag) => [tag.name, tag]));
  assert.deepEqual(Object.keys(byName).sort(), ['nightly', 'v0.1.0', 'v0.2.0', 'v1.0.0']);
  assert.deepEqual(byName['v0.1.0'], {
    name: 'v0.1.0',
    annotated: true,
    signed: false,
    date: Date.parse('2019-06-02T00:00:00Z') / 1000,
  });
  assert.deepEqual(byName['v0.2.0'], {
    name: 'v0.2.0',
    annotated: false,
    signed: false,
    date: Date.parse('2020-04-03T09:00:00Z') / 1000,
  });
  assert.equal(byName['v1.0.0']?.signed, true);
  const releases = summariseReleases(tags, Date.parse('2021-05-01T09:00:00Z') / 1000);
  assert.equal(releases.latest?.tag, 'v1.0.0');
  assert.equal(releases.daysSinceLatest, 60);
  assert.equal(releases.semverTags, 3);
  assert.equal(releases.signedTagShare, 0.25);
});

test('a shallow clone is seen as shallow and holds only its depth', async () => {
  const parent = await fixtureDir();
  const dir = path.join(parent, 'shallow');
  try {
    await repo.git(['clone', '--quiet', '--depth', '2', `file://${repo.dir}`, dir]);
    const opened = await open(dir);
    assert.equal(opened.shallow, true);
    const { summary } = await readHistory(opened.at, opened.head!);
    assert.equal(summary?.commits, 2);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
});

test('a detached HEAD has a commit and no branch', async () => {
  const copy = await createGitFixture();
  try {
    await copy.commit({ date: '2020-01-01T00:00:00Z', files: { a: '1' } });
    const first = await copy.commit({ date: '2020-01-02T00:00:00Z', files: { a: '2' } });
    await copy.commit({ date: '2020-01-03T00:00:00Z', files: { a: '3' } });
    await copy.git(['checkout', '--quiet', '--detach', first]);
    const opened = await open(copy.dir);
    assert.equal(opened.head, first);
    assert.equal(opened.branch, undefined);
    assert.equal((await readHistory(opened.at, opened.head!)).summary?.commits, 2);
  } finally {
    await copy.remove();
  }
});
