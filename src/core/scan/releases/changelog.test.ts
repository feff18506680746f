import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findChangelog, isChangelogName } from './changelog.ts';

test('changelog names', () => {
  for (const name of [
    'CHANGELOG.md',
    'ChangeLog',
    'CHANGES.rst',
    'HISTORY.md',
    'NEWS',
    'RELEASES.md',
    'release-notes.txt',
    'CHANGELOG-2.x.md',
  ])
    assert.ok(isChangelogName(name), name);
  for (const name of ['history.ts', 'news.py', 'CHANGELOG.json', 'changelogger.md', 'README.md'])
    assert.ok(!isChangelogName(name), name);
});

test('the shallowest changelog outside vendored folders wins', () => {
  assert.equal(
    findChangelog(['node_modules/x/CHANGELOG.md', 'packages/a/CHANGELOG.md', 'docs/NEWS.md', 'src/a.ts']),
    'docs/NEWS.md',
  );
  assert.equal(findChangelog(['docs/NEWS.md', 'HISTORY.md', 'CHANGELOG.md']), 'CHANGELOG.md');
  assert.equal(findChangelog(['src/history.ts', 'vendor/NEWS']), undefined);
});
