import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../core/errors.ts';
import { runGit, type GitLocation } from './git.ts';

/** A git repository opened for scanning: where it is, and the state of its HEAD. */
export interface GitRepository {
  /** Where every later git call runs (through `--git-dir`, never the working tree). */
  at: GitLocation;
  /** The folder given, resolved (the working tree, or the repository itself when bare). */
  root: string;
  bare: boolean;
  shallow: boolean;
  /** The commit HEAD points at; undefined in a repository without commits. */
  head?: string;
  /** The branch HEAD names; undefined when HEAD is detached. */
  branch?: string;
}

/**
 * Opens the git repository at `folder` itself (its top level, or a bare repository), or returns
 * undefined when the folder is not one: git is told not to look in parent folders, so a folder inside
 * someone else's repository is a plain folder. Fails with not_found when the folder does not exist.
 */
export async function openRepository(folder: string, deadline: number): Promise<GitRepository | undefined> {
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    throw new DomainError('not_found', `no such folder: ${folder}`, { path: folder });
  }
  if (!(await stat(root)).isDirectory())
    throw new DomainError('invalid_input', `not a folder: ${folder}`, { path: folder });
  const trusted = [root, path.join(root, '.git')];
  const discover: GitLocation = { cwd: root, trusted, deadline };
  const probe = await runGit(
    discover,
    ['rev-parse', '--absolute-git-dir', '--is-bare-repository', '--is-shallow-repository'],
    { env: { GIT_CEILING_DIRECTORIES: path.dirname(root) }, okExitCodes: [128] },
  );
  if (probe.exitCode !== 0) {
    if (/not a git repository/i.test(probe.stderr)) return undefined;
    throw new DomainError('unsupported_format', `git cannot read ${folder}: ${probe.stderr.trim()}`, {
      reason: 'git_failed',
    });
  }
  const [gitDir, bare, shallow] = probe.stdout.toString('utf8').trim().split('\n');
  if (gitDir === undefined) return undefined;
  const at: GitLocation = { cwd: gitDir, gitDir, trusted: [...new Set([...trusted, gitDir])], deadline };
  const [head, branch] = await Promise.all([
    runGit(at, ['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'], { okExitCodes: [1, 128] }),
    runGit(at, ['symbolic-ref', '--quiet', 'HEAD'], { okExitCodes: [1, 128] }),
  ]);
  const repository: GitRepository = { at, root, bare: bare === 'true', shallow: shallow === 'true' };
  const commit = head.exitCode === 0 ? head.stdout.toString('utf8').trim() : '';
  if (commit !== '') repository.head = commit;
  const ref = branch.exitCode === 0 ? branch.stdout.toString('utf8').trim() : '';
  if (ref.startsWith('refs/heads/')) repository.branch = ref.slice('refs/heads/'.length);
  return repository;
}
