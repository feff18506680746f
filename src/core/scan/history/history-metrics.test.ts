import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addCommit, createHistoryTally, summariseHistory, type CommitInfo } from './history-metrics.ts';
import { organisationMap } from './organisations.ts';

const at = (iso: string) => Date.parse(iso) / 1000;
const ada = { name: 'Ada', email: 'ada@acme.org' };
const bob = { name: 'Bob', email: 'bob@acme.org' };
const cyd = { name: 'Cyd', email: 'cyd@gmail.com' };
const dee = { name: 'Dee', email: 'dee@other.org' };
const bot = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

function summarise(commits: CommitInfo[], organisations: Record<string, string> = {}) {
  const tally = createHistoryTally();
  for (const commit of commits) addCommit(tally, commit);
  return summariseHistory(tally, organisationMap(organisations));
}

const commit = (author: CommitInfo['author'], iso: string, extra: Partial<CommitInfo> = {}): CommitInfo => ({
  author,
  time: at(iso),
  parents: 1,
  signed: false,
  ...extra,
});

test('no commit, no summary', () => {
  assert.equal(summarise([]), undefined);
});

test('a small history, figure by figure', () => {
  const summary = summarise([
    commit(ada, '2021-03-01T00:00:00Z', { parents: 0 }),
    commit(ada, '2021-03-15T00:00:00Z'),
    commit(bob, '2022-01-10T00:00:00Z'),
    commit(ada, '2023-02-01T00:00:00Z', { signed: true }),
    commit(cyd, '2023-05-01T00:00:00Z'),
    commit(cyd, '2023-06-01T00:00:00Z', { parents: 2 }),
    commit(dee, '2023-07-01T00:00:00Z'),
    commit(bot, '2023-08-01T00:00:00Z'),
    commit(bot, '2021-03-02T00:00:00Z'),
  ])!;
  assert.equal(summary.commits, 9);
  assert.equal(summary.first, at('2021-03-01T00:00:00Z'));
  assert.equal(summary.last, at('2023-08-01T00:00:00Z'));
  assert.deepEqual(summary.commitsPerMonth.slice(0, 2), [
    { month: '2021-03', commits: 3 },
    { month: '2022-01', commits: 1 },
  ]);
  assert.equal(summary.authors, 4);
  assert.deepEqual(summary.bots, { commits: 2, authors: 1 });
  // Since 2022-08-01: Ada 1, Cyd 2, Dee 1 (Bob's commit is older).
  assert.equal(summary.activeAuthors, 3);
  assert.equal(summary.recentHumanCommits, 4);
  assert.equal(summary.busFactor, 1);
  assert.deepEqual(summary.contributorsByYear, [
    { year: 2021, new: 1, returning: 0 },
    { year: 2022, new: 1, returning: 0 },
    { year: 2023, new: 2, returning: 1 },
  ]);
  assert.deepEqual(summary.organisations, [
    { organisation: 'independent', commits: 2, share: 0.5, independent: true, people: 1 },
    { organisation: 'acme.org', commits: 1, share: 0.25 },
    { organisation: 'other.org', commits: 1, share: 0.25 },
  ]);
  assert.equal(summary.elephantFactor, 1);
  assert.equal(summary.mergeShare, 1 / 9);
  assert.equal(summary.signedShare, 1 / 9);
});

test('the organisation map merges domains; independents count one by one', () => {
  const commits = [
    commit(ada, '2023-01-01T00:00:00Z'),
    commit(dee, '2023-01-02T00:00:00Z'),
    commit(cyd, '2023-01-03T00:00:00Z'),
    commit({ name: 'Eve', email: 'eve@yahoo.fr' }, '2023-01-04T00:00:00Z'),
  ];
  assert.equal(summarise(commits)!.elephantFactor, 2);
  const merged = summarise(commits, { 'acme.org': 'Acme', 'other.org': 'Acme' })!;
  assert.equal(merged.elephantFactor, 1);
  assert.deepEqual(merged.organisations[0], { organisation: 'Acme', commits: 2, share: 0.5 });
});

test('a history of bots only has no human author and a bus factor of 0', () => {
  const summary = summarise([commit(bot, '2023-01-01T00:00:00Z')])!;
  assert.equal(summary.authors, 0);
  assert.equal(summary.busFactor, 0);
  assert.equal(summary.elephantFactor, 0);
  assert.deepEqual(summary.organisations, []);
});

const identities = [
  ada,
  bob,
  cyd,
  dee,
  bot,
  { name: 'Eve', email: 'EVE@acme.org' },
  { name: 'Fay', email: '' },
  { name: 'renovate[bot]', email: 'bot@renovateapp.com' },
  { name: 'Gus', email: 'gus@users.noreply.github.com' },
];
const arbitraryCommit = fc.record({
  author: fc.constantFrom(...identities),
  time: fc.integer({ min: at('2015-01-01T00:00:00Z'), max: at('2024-12-31T00:00:00Z') }),
  parents: fc.integer({ min: 0, max: 3 }),
  signed: fc.boolean(),
});
const arbitraryHistory = fc.array(arbitraryCommit, { minLength: 1, maxLength: 80 });

test('bus factor: at most the active authors, at least 1 when humans committed in the last year', () => {
  fc.assert(
    fc.property(arbitraryHistory, (commits) => {
      const summary = summarise(commits)!;
      assert.ok(summary.busFactor <= summary.activeAuthors);
      assert.ok(summary.activeAuthors <= summary.authors);
      assert.equal(summary.busFactor >= 1, summary.recentHumanCommits > 0);
      assert.ok(summary.elephantFactor <= summary.busFactor);
    }),
  );
});

test('counts add up: months, bots and people, new contributors, organisation shares', () => {
  fc.assert(
    fc.property(arbitraryHistory, (commits) => {
      const summary = summarise(commits)!;
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      assert.equal(sum(summary.commitsPerMonth.map((month) => month.commits)), commits.length);
      assert.equal(sum(summary.contributorsByYear.map((year) => year.new)), summary.authors);
      assert.equal(sum(summary.organisations.map((entry) => entry.commits)), summary.recentHumanCommits);
      if (summary.recentHumanCommits > 0)
        assert.ok(Math.abs(sum(summary.organisations.map((entry) => entry.share)) - 1) < 1e-9);
      assert.ok(summary.mergeShare >= 0 && summary.mergeShare <= 1);
      assert.ok(summary.signedShare >= 0 && summary.signedShare <= 1);
      assert.ok(summary.bots.commits <= commits.length);
    }),
  );
});

test('the order commits are read in does not matter', () => {
  fc.assert(
    fc.property(
      arbitraryHistory.chain((commits) =>
        fc.tuple(fc.constant(commits), fc.shuffledSubarray(commits, { minLength: commits.length })),
      ),
      ([commits, shuffled]) => {
        assert.deepEqual(summarise(shuffled), summarise(commits));
      },
    ),
  );
});
