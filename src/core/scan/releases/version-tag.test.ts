import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseVersionTag } from './version-tag.ts';

test('semantic versions, with a v, a package or a word before them', () => {
  for (const [name, version] of [
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['V0.1.0-rc.1', '0.1.0-rc.1'],
    ['@scope/pkg@2.0.0', '2.0.0'],
    ['packages/core/v3.1.4', '3.1.4'],
    ['release-1.0.0', '1.0.0'],
    ['dhis2-2.40.0', '2.40.0'],
  ])
    assert.deepEqual(parseVersionTag(name!)?.version, version, name);
  assert.equal(parseVersionTag('v1.2.3')?.semver, true);
  assert.equal(parseVersionTag('V0.1.0-rc.1')?.prerelease, true);
});

test('other versions are versions, not semantic ones', () => {
  for (const name of ['v1', '1.0', '2024.05', '1_4_2', 'v2.0-beta', '1.2.3.4', 'v01.2.3']) {
    const parsed = parseVersionTag(name);
    assert.ok(parsed, name);
    assert.equal(parsed.semver, false, name);
  }
  assert.equal(parseVersionTag('v2.0-beta')?.prerelease, true);
});

test('names that are not versions', () => {
  for (const name of ['latest', 'stable', '42', 'v', 'release', 'build-7', 'v1..2', 'foo/bar'])
    assert.equal(parseVersionTag(name), undefined, name);
});
