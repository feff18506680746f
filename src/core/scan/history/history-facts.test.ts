import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScanResult } from '../scan-result.ts';
import { historyFacts, inconclusiveHistoryFacts } from './history-facts.ts';
import { addCommit, createHistoryTally, summariseHistory } from './history-metrics.ts';

const query = 'git log --pretty=raw -z HEAD';

test('found facts carry the git query as evidence, and the note of a shallow clone', () => {
  const tally = createHistoryTally();
  addCommit(tally, {
    author: { name: 'Ada', email: 'ada@acme.org' },
    time: 1_700_000_000,
    parents: 0,
    signed: true,
  });
  const facts = historyFacts(summariseHistory(tally), query, 'shallow clone');
  assert.equal(facts.commits.state, 'found');
  assert.equal(facts.commits.value, 1);
  assert.equal(facts.firstCommit.value, '2023-11-14T22:13:20.000Z');
  assert.deepEqual(facts.busFactor.evidence, [{ kind: 'git', query }]);
  assert.equal(facts.busFactor.note, 'shallow clone');
  assert.match(facts.signedShare.note ?? '', /^shallow clone; signature headers counted, not verified$/);
});

test('no commits: every fact not_found; no repository: every fact inconclusive', () => {
  const empty = historyFacts(undefined, query);
  assert.ok(Object.values(empty).every((fact) => fact.state === 'not_found'));
  const unknown = inconclusiveHistoryFacts('not a git repository');
  assert.ok(Object.values(unknown).every((fact) => fact.state === 'inconclusive' && fact.note));
  assert.equal(Object.keys(unknown).length, Object.keys(empty).length);
  const group = ScanResult.shape.facts.shape.history!;
  assert.ok(group.safeParse(empty).success && group.safeParse(unknown).success);
});

test('bots only: authors not_found with value 0, bus factor 0 with a note', () => {
  const tally = createHistoryTally();
  addCommit(tally, {
    author: { name: 'renovate[bot]', email: 'bot@renovateapp.com' },
    time: 0,
    parents: 1,
    signed: false,
  });
  const facts = historyFacts(summariseHistory(tally), query);
  assert.equal(facts.authors.state, 'not_found');
  assert.equal(facts.authors.value, 0);
  assert.equal(facts.busFactor.value, 0);
  assert.match(facts.busFactor.note ?? '', /no human commit/);
});
