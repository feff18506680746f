import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScanResult } from '../scan-result.ts';
import { releaseFacts } from './release-facts.ts';
import { summariseReleases, type TagInfo } from './release-metrics.ts';

const at = (iso: string) => Date.parse(iso) / 1000;
const tag = (name: string, iso: string | undefined, extra: Partial<TagInfo> = {}): TagInfo => ({
  name,
  ...(iso === undefined ? {} : { date: at(iso) }),
  annotated: false,
  signed: false,
  ...extra,
});

test('version tags are the releases; figures are measured from the last commit', () => {
  const summary = summariseReleases(
    [
      tag('v1.0.0', '2022-01-01T00:00:00Z', { annotated: true, signed: true }),
      tag('v1.1.0', '2022-07-01T00:00:00Z', { annotated: true }),
      tag('v2.0.0-rc.1', '2023-01-01T00:00:00Z'),
      tag('v2.0.0', '2023-03-01T00:00:00Z'),
      tag('nightly', '2023-05-01T00:00:00Z'),
      tag('tree-tag', undefined),
    ],
    at('2023-06-01T00:00:00Z'),
  );
  assert.equal(summary.tags, 6);
  assert.equal(summary.semverTags, 4);
  assert.deepEqual(
    summary.releases.map((release) => release.tag),
    ['v1.0.0', 'v1.1.0', 'v2.0.0-rc.1', 'v2.0.0'],
  );
  assert.equal(summary.latest?.tag, 'v2.0.0');
  assert.equal(summary.daysSinceLatest, 92);
  assert.equal(summary.lastYear, 3);
  assert.equal(summary.cadenceDays, 181);
  assert.equal(summary.signedTagShare, 1 / 6);
  assert.equal(summary.everyTagIsARelease, false);
});

test('without version tags every tag is a release; a tag after the last commit is 0 days old', () => {
  const summary = summariseReleases(
    [tag('stable', '2023-01-01T00:00:00Z'), tag('go-live', '2023-02-01T00:00:00Z')],
    at('2023-01-15T00:00:00Z'),
  );
  assert.equal(summary.everyTagIsARelease, true);
  assert.equal(summary.latest?.tag, 'go-live');
  assert.equal(summary.daysSinceLatest, 0);
  assert.equal(summary.semverTags, 0);
});

test('two releases on the same day: the higher version is the latest', () => {
  const day = '2023-01-01T00:00:00Z';
  assert.equal(summariseReleases([tag('v1.10.0', day), tag('v1.9.0', day)]).latest?.tag, 'v1.10.0');
});

test('facts: no tags, no commit, and always valid against the schema', () => {
  const group = ScanResult.shape.facts.shape.releases!;
  const none = releaseFacts({
    summary: summariseReleases([]),
    query: 'git for-each-ref',
    changelog: undefined,
  });
  assert.equal(none.tags.state, 'not_found');
  assert.equal(none.tags.value, 0);
  assert.equal(none.changelog.state, 'not_found');
  const noCommit = releaseFacts({
    summary: summariseReleases([tag('v1.0.0', '2023-01-01T00:00:00Z')]),
    query: 'q',
    changelog: 'CHANGELOG.md',
  });
  assert.equal(noCommit.daysSinceLatest.state, 'inconclusive');
  assert.deepEqual(noCommit.changelog.evidence, [{ kind: 'file', path: 'CHANGELOG.md' }]);
  const unread = releaseFacts({
    summary: undefined,
    query: 'q',
    changelog: undefined,
    note: 'not a git repository',
  });
  assert.equal(unread.latest.note, 'not a git repository');
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          name: fc.oneof(fc.string(), fc.constantFrom('v1.0.0', '2.3.4', 'v1', 'x-1.2')),
          date: fc.option(fc.integer({ min: 0, max: 2e9 }), { nil: undefined }),
          annotated: fc.boolean(),
          signed: fc.boolean(),
        }),
      ),
      fc.option(fc.integer({ min: 0, max: 2e9 }), { nil: undefined }),
      (tags, last) => {
        const clean = tags.map(({ date, ...rest }) => (date === undefined ? rest : { ...rest, date }));
        const summary = summariseReleases(clean, last);
        assert.ok((summary.daysSinceLatest ?? 0) >= 0);
        assert.ok(summary.releases.length <= summary.tags);
        assert.ok((summary.lastYear ?? 0) <= summary.releases.length);
        assert.ok(group.safeParse(releaseFacts({ summary, query: 'q', changelog: undefined })).success);
      },
    ),
  );
});
