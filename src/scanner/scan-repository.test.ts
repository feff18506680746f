import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import packageJson from '../../package.json' with { type: 'json' };
import {
  armRepository,
  createGitFixture,
  createSampleRepository,
  fixtureDir,
  type GitFixture,
} from '../../test/support/git-fixture.ts';
import { DomainError } from '../core/errors.ts';
import { ScanResult } from '../core/scan/scan-result.ts';
import { scanRepository, type ScanProgress } from './scan-repository.ts';

let sample: GitFixture;

before(async () => {
  sample = await createSampleRepository();
});
after(() => sample.remove());

test('a scan of the sample repository: repository, history and release facts, valid result', async () => {
  const steps: ScanProgress[] = [];
  const now = new Date('2025-01-01T00:00:00Z');
  const { result, sbom } = await scanRepository(sample.dir, {
    now,
    organisations: { 'other.org': 'Acme', 'acme.org': 'Acme' },
    onProgress: (step) => steps.push(step),
  });
  assert.ok(ScanResult.safeParse(result).success);
  assert.equal(result.scanner.version, packageJson.version);
  assert.equal(result.scannedAt, now.toISOString());
  assert.ok(result.durationMs >= 0);
  assert.deepEqual(result.repository, {
    head: await sample.git(['rev-parse', 'HEAD']),
    branch: 'main',
    shallow: false,
    empty: false,
  });
  assert.ok(!result.missing.some((entry) => entry.fact === 'history' || entry.fact === 'releases'));
  const { history, releases } = result.facts;
  assert.equal(history.commits.value, 10);
  assert.equal(history.firstCommit.value, '2019-01-10T09:00:00.000Z');
  assert.equal(history.lastCommit.value, '2021-05-01T09:00:00.000Z');
  assert.equal(history.authors.value, 4);
  assert.equal(history.activeAuthors.value, 2);
  assert.deepEqual(history.bots.value, { commits: 2, authors: 2 });
  assert.equal(history.busFactor.value, 1);
  assert.equal(history.elephantFactor.value, 1);
  assert.deepEqual(history.organisations.value, [{ organisation: 'Acme', commits: 2, share: 1 }]);
  assert.equal(history.mergeShare.value, 0.1);
  assert.equal(history.signedShare.value, 0.1);
  assert.equal(history.commits.evidence[0]?.kind, 'git');
  assert.match(history.commits.evidence[0]?.query ?? '', /^git log /);
  assert.equal(releases.tags.value, 4);
  assert.equal(releases.semverTags.value, 3);
  assert.deepEqual(releases.latest.value, { tag: 'v1.0.0', date: '2021-03-02T00:00:00.000Z' });
  assert.equal(releases.daysSinceLatest.value, 60);
  assert.equal(releases.lastYear.value, 1);
  assert.equal(releases.cadenceDays.value, 319.5);
  assert.equal(releases.signedTagShare.value, 0.25);
  assert.equal(releases.changelog.value, 'CHANGELOG.md');
  assert.match(releases.tags.evidence[0]?.query ?? '', /^git for-each-ref /);
  assert.equal(typeof sbom, 'object');
  assert.deepEqual(steps.at(-1), { step: 'done' });
  assert.ok(steps.some((step) => step.step === 'open'));
});

test('a hostile repository, scanned in place and by file:// URL, runs none of its programs', async () => {
  const hostile = await createSampleRepository();
  const markers = await armRepository(hostile);
  try {
    await writeFile(path.join(hostile.dir, 'README.md'), 'changed\n');
    const inPlace = await scanRepository(hostile.dir);
    assert.equal(inPlace.result.facts.history.commits.value, 10);
    const cloned = await scanRepository(`file://${hostile.dir}`);
    assert.equal(cloned.result.repository.url, `file://${hostile.dir}`);
    assert.equal(cloned.result.facts.history.commits.value, 10);
    assert.deepEqual(await readdir(markers), []);
  } finally {
    await hostile.remove();
    await rm(markers, { recursive: true, force: true });
  }
});

test('a plain folder: files scanned, history and tags inconclusive with the reason', async () => {
  const folder = await fixtureDir();
  try {
    await writeFile(path.join(folder, 'README.md'), '# Plain\n');
    await writeFile(path.join(folder, 'NEWS'), 'news\n');
    const { result } = await scanRepository(folder);
    assert.ok(ScanResult.safeParse(result).success);
    assert.equal(result.partial, true);
    assert.deepEqual(
      result.missing
        .filter((entry) => entry.fact === 'history' || entry.fact === 'releases')
        .map((entry) => entry.fact),
      ['history', 'releases'],
    );
    assert.equal(result.facts.history.commits.state, 'inconclusive');
    assert.match(result.facts.history.busFactor.note ?? '', /not a git repository/);
    assert.equal(result.facts.releases.tags.state, 'inconclusive');
    assert.equal(result.facts.releases.changelog.value, 'NEWS');
    assert.equal(result.facts.hygiene.readme.state, 'found');
    assert.deepEqual(result.repository, { shallow: false, empty: false });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('an empty repository: no crash, history and tags not found', async () => {
  const empty = await createGitFixture();
  try {
    const { result } = await scanRepository(empty.dir);
    assert.ok(ScanResult.safeParse(result).success);
    assert.deepEqual(result.repository, { branch: 'main', shallow: false, empty: true });
    assert.ok(Object.values(result.facts.history).every((fact) => fact.state === 'not_found'));
    assert.equal(result.facts.releases.tags.state, 'not_found');
    assert.equal(result.facts.releases.changelog.state, 'not_found');
  } finally {
    await empty.remove();
  }
});

test('a shallow clone: partial, with a note on every history fact', async () => {
  const parent = await fixtureDir();
  const dir = path.join(parent, 'shallow');
  try {
    await sample.git(['clone', '--quiet', '--depth', '3', `file://${sample.dir}`, dir]);
    const { result } = await scanRepository(dir);
    assert.equal(result.repository.shallow, true);
    assert.equal(result.partial, true);
    assert.ok(result.missing.some((entry) => entry.fact === 'history' && /shallow/.test(entry.reason)));
    assert.equal(result.facts.history.commits.value, 3);
    assert.ok(Object.values(result.facts.history).every((fact) => /shallow clone/.test(fact.note ?? '')));
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
});

test('bad sources: a missing folder, an unsupported URL, a clone over the size limit', async () => {
  await assert.rejects(
    scanRepository('/nonexistent/dpg-folder'),
    (error: unknown) => error instanceof DomainError && error.code === 'not_found',
  );
  await assert.rejects(
    scanRepository('ftp://example.test/repo'),
    (error: unknown) => error instanceof DomainError && error.code === 'invalid_input',
  );
  const privateTmp = await mkdtemp(path.join(tmpdir(), 'dpg-scan-test-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = privateTmp;
  try {
    await assert.rejects(
      scanRepository(`file://${sample.dir}`, { maxCloneBytes: 2000 }),
      (error: unknown) => error instanceof DomainError && error.details?.reason === 'too_large',
    );
    assert.deepEqual(await readdir(privateTmp), []);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    await rm(privateTmp, { recursive: true, force: true });
  }
});
