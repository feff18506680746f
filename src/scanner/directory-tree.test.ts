import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createDirectoryTree } from './directory-tree.ts';

let root: string;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dpg-directory-tree-'));
  await mkdir(path.join(root, 'src/nested'), { recursive: true });
  await mkdir(path.join(root, '.git/objects'), { recursive: true });
  await writeFile(path.join(root, '.git/config'), '[core]');
  await writeFile(path.join(root, 'README.md'), '# Hello\n');
  await writeFile(path.join(root, 'src/nested/deep.ts'), 'export const a = 1;\n');
  await writeFile(path.join(root, 'run.sh'), '#!/bin/sh\necho hi\n');
  await chmod(path.join(root, 'run.sh'), 0o755);
  await symlink('/etc/passwd', path.join(root, 'passwd'));
  await symlink('src', path.join(root, 'linked-folder'));
  await writeFile(
    Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]),
    'latin-1 name\n',
  );
});

after(() => rm(root, { recursive: true, force: true }));

test('lists files, executables and symbolic links in path order, without .git', async () => {
  const entries = await createDirectoryTree(root).entries();
  assert.deepEqual(
    entries.map((entry) => [entry.path, entry.kind]),
    [
      ['README.md', 'file'],
      ['caf\uFFFD.txt', 'file'],
      ['linked-folder', 'symlink'],
      ['passwd', 'symlink'],
      ['run.sh', 'executable'],
      ['src/nested/deep.ts', 'file'],
    ],
  );
  assert.equal(entries.find((entry) => entry.path === 'passwd')?.size, '/etc/passwd'.length);
});

test('never reads through a symbolic link, and reads names that are not UTF-8', async () => {
  const tree = createDirectoryTree(root);
  assert.equal(await tree.read('passwd'), undefined);
  assert.equal(await tree.read('linked-folder/nested/deep.ts'), undefined);
  assert.equal(await tree.read('.git/config'), undefined);
  assert.equal((await tree.read('caf\uFFFD.txt'))?.toString(), 'latin-1 name\n');
  const read: string[] = [];
  for await (const { path: file } of tree.readMany(['passwd', 'README.md', 'missing', 'run.sh']))
    read.push(file);
  assert.deepEqual(read, ['README.md', 'run.sh']);
});

test('caps every read', async () => {
  const tree = createDirectoryTree(root);
  assert.equal((await tree.read('README.md', 3))?.toString(), '# H');
  for await (const { content } of tree.readMany(['src/nested/deep.ts'], 6))
    assert.equal(content.toString(), 'export');
});

test('a folder that does not exist is an error when listed', async () => {
  await assert.rejects(createDirectoryTree(path.join(root, 'nope')).entries());
});
