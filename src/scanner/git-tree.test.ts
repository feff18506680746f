import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createGitFixture, type GitFixture } from '../../test/support/git-fixture.ts';
import { openRepository, type GitRepository } from './git-repository.ts';
import { createGitTree, type GitTree } from './git-tree.ts';
import { deadlineIn } from './git.ts';

const mib = 1024 * 1024;
const binary = Buffer.concat([Buffer.from([0, 1, 2, 255, 0, 10, 13]), randomBytes(5000)]);
/** "caf\xe9.txt": Latin-1, not UTF-8. */
const latinName = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]);

let repo: GitFixture;
let opened: GitRepository;
let tree: GitTree;

before(async () => {
  repo = await createGitFixture();
  await writeFile(Buffer.from([...Buffer.from(`${repo.dir}/`), ...latinName]), 'latin name\n');
  await repo.commit({
    date: '2022-01-01T00:00:00Z',
    files: {
      'README.md': '# Tree\n',
      'passwd-link': { symlink: '/etc/passwd' },
      'scripts/run.sh': { executable: '#!/bin/sh\necho run\n' },
      'data/blob.bin': binary,
      'data/huge.txt': Buffer.alloc(6 * mib, 'a'),
      'data/large.txt': Buffer.alloc(2 * mib, 'b'),
      'data/empty.txt': '',
    },
  });
  const head = await repo.git(['rev-parse', 'HEAD']);
  await repo.git(['update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`]);
  await repo.git(['commit', '--quiet', '-m', 'submodule'], {
    env: {
      GIT_AUTHOR_DATE: '2022-01-02T00:00:00Z',
      GIT_COMMITTER_DATE: '2022-01-02T00:00:00Z',
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@b.test',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@b.test',
    },
  });
  // The working tree changes after the commit; the tree must not see it.
  await writeFile(path.join(repo.dir, 'README.md'), 'uncommitted\n');
  await writeFile(path.join(repo.dir, 'untracked.txt'), 'untracked\n');
  opened = (await openRepository(repo.dir, deadlineIn(60_000)))!;
  tree = createGitTree(opened.at, opened.head);
});
after(async () => {
  await tree.close();
  await repo.remove();
});

test('entries list every path in order with size and kind, from the commit only', async () => {
  const entries = await tree.entries();
  const byPath = Object.fromEntries(entries.map((entry) => [entry.path, entry]));
  assert.deepEqual(byPath['passwd-link'], {
    path: 'passwd-link',
    size: '/etc/passwd'.length,
    kind: 'symlink',
  });
  assert.equal(byPath['scripts/run.sh']?.kind, 'executable');
  assert.equal(byPath['vendor/sub']?.kind, 'submodule');
  assert.equal(byPath['data/huge.txt']?.size, 6 * mib);
  assert.equal(byPath['untracked.txt'], undefined);
  const paths = entries.map((entry) => entry.path);
  assert.deepEqual(paths, paths.toSorted());
});

test('a symlink is never followed, a submodule never entered', async () => {
  assert.equal(await tree.read('passwd-link'), undefined);
  assert.equal(await tree.read('vendor/sub'), undefined);
  const read = [];
  for await (const file of tree.readMany(['passwd-link', 'vendor/sub', 'README.md'])) read.push(file.path);
  assert.deepEqual(read, ['README.md']);
});

test('reads give the committed bytes, capped, and nothing for unknown paths', async () => {
  assert.equal((await tree.read('README.md'))?.toString(), '# Tree\n');
  assert.deepEqual(await tree.read('data/blob.bin'), binary);
  assert.equal((await tree.read('data/empty.txt'))?.length, 0);
  assert.equal((await tree.read('data/huge.txt'))?.length, mib);
  assert.equal((await tree.read('data/huge.txt', 100))?.toString(), 'a'.repeat(100));
  assert.equal((await tree.read('data/large.txt', 10))?.toString(), 'b'.repeat(10));
  assert.equal(await tree.read('no/such/file'), undefined);
});

test('a name that is not UTF-8 is listed decoded leniently and can be read back', async () => {
  const entry = (await tree.entries()).find((candidate) => candidate.path.startsWith('caf'));
  assert.equal(entry?.path, 'caf\uFFFD.txt');
  assert.equal((await tree.read(entry.path))?.toString(), 'latin name\n');
});

test('readMany streams many files through one process, in order, each capped', async () => {
  const paths = (await tree.entries()).map((entry) => entry.path);
  const seen: [string, number][] = [];
  for await (const file of tree.readMany([...paths, ...paths], 1000))
    seen.push([file.path, file.content.length]);
  const readable = (await tree.entries()).filter(
    (entry) => entry.kind === 'file' || entry.kind === 'executable',
  );
  assert.equal(seen.length, readable.length * 2);
  assert.deepEqual(
    seen.slice(0, readable.length).map(([file]) => file),
    readable.map((entry) => entry.path),
  );
  assert.ok(seen.every(([, length]) => length <= 1000));
});

test('a repository without commits is an empty tree', async () => {
  const empty = await createGitFixture();
  try {
    const emptyRepository = (await openRepository(empty.dir, deadlineIn(10_000)))!;
    assert.equal(emptyRepository.head, undefined);
    assert.equal(emptyRepository.branch, 'main');
    const emptyTree = createGitTree(emptyRepository.at, emptyRepository.head);
    assert.deepEqual(await emptyTree.entries(), []);
    assert.equal(await emptyTree.read('README.md'), undefined);
    await emptyTree.close();
  } finally {
    await empty.remove();
  }
});

test('an idle cat-file process ends by itself and the next read starts another', async () => {
  assert.equal((await tree.read('README.md'))?.toString(), '# Tree\n');
  await new Promise((resolve) => setTimeout(resolve, 1300));
  assert.equal((await tree.read('README.md'))?.toString(), '# Tree\n');
});
