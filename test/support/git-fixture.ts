// Real git repositories built by script in temporary folders, for scanner tests and benchmarks. Every
// date is fixed, so hashes and figures are the same on every run. These helpers write to repositories
// (commit, tag, merge), which the scanner never does, so they run git themselves rather than through
// src/scanner/git.ts; the folders are ours, and git runs without the user's or system's configuration.
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A commit author or committer. */
export interface Person {
  name: string;
  email: string;
}

/** Content of a file in a commit: text or bytes, an executable, or a symbolic link to a target. */
export type FileSpec = string | Buffer | { executable: string } | { symlink: string };

/** One commit: files written (null removes one), who, when and why. */
export interface CommitSpec {
  files?: Record<string, FileSpec | null>;
  author?: Person;
  /** Defaults to the author. */
  committer?: Person;
  /** ISO date, used for both author and committer dates unless `commitDate` is given. */
  date: string;
  commitDate?: string;
  message?: string;
}

/** A tag: annotated when it has a message, signed (with a fake but well-formed block) when asked. */
export interface TagSpec {
  target?: string;
  message?: string;
  date?: string;
  tagger?: Person;
  signature?: 'pgp' | 'ssh';
}

/** The default person of the fixtures. */
export const fixturePerson: Person = { name: 'Fixture Author', email: 'author@fixture.test' };

/** A git repository being built. */
export interface GitFixture {
  /** The working tree (or the repository itself when bare). */
  dir: string;
  /** Runs git in the repository with fixed dates and no user configuration; returns stdout trimmed. */
  git(args: string[], options?: { env?: Record<string, string>; input?: string | Buffer }): Promise<string>;
  /** Writes the files, stages everything in the working tree, commits; returns the commit id. */
  commit(spec: CommitSpec): Promise<string>;
  /** Merges a branch into the current one with a merge commit; returns its id. */
  merge(branch: string, spec: Omit<CommitSpec, 'files'>): Promise<string>;
  /** A commit on top of HEAD (same tree) whose object carries a `gpgsig` header; returns its id. */
  signedCommit(spec: Omit<CommitSpec, 'files'>): Promise<string>;
  tag(name: string, spec?: TagSpec): Promise<void>;
  /** Feeds a `git fast-import` stream (text, or chunks produced as it goes). */
  fastImport(stream: string | Iterable<string> | AsyncIterable<string>): Promise<void>;
  /** Removes the folder. */
  remove(): Promise<void>;
}

/** An environment for git without the user's or system's configuration. */
export function fixtureEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmpdir(),
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

function identityEnv(author: Person, committer: Person, date: string, commitDate: string) {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: commitDate,
  };
}

const fakeSignatures = {
  pgp: [
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQEzBAABCAAdFiEEZmFrZSBzaWduYXR1cmUgZm9yIHRlc3Rz',
    '=ZmFr',
    '-----END PGP SIGNATURE-----',
  ],
  ssh: [
    '-----BEGIN SSH SIGNATURE-----',
    'U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgZmFrZQ==',
    '-----END SSH SIGNATURE-----',
  ],
};

function unixDate(iso: string): string {
  return `${Math.floor(Date.parse(iso) / 1000)} +0000`;
}

/** A fresh temporary folder. */
export function fixtureDir(prefix = 'dpg-fixture-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Creates an empty repository (branch "main") in a new temporary folder, or in `dir` when given. */
export async function createGitFixture(options: { bare?: boolean; dir?: string } = {}): Promise<GitFixture> {
  const dir = options.dir ?? (await fixtureDir());
  await mkdir(dir, { recursive: true });
  const git: GitFixture['git'] = async (args, { env = {}, input } = {}) => {
    if (input === undefined) {
      const { stdout } = await run('git', args, {
        cwd: dir,
        env: fixtureEnv(env),
        maxBuffer: 64 * 1024 * 1024,
      });
      return stdout.trim();
    }
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd: dir, env: fixtureEnv(env) });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(Buffer.concat(out).toString('utf8').trim())
          : reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8')}`)),
      );
      child.stdin.end(input);
    });
  };
  await git(['init', '--quiet', '--initial-branch=main', ...(options.bare ? ['--bare'] : []), '.']);

  const writeFiles = async (files: Record<string, FileSpec | null>) => {
    for (const [name, spec] of Object.entries(files)) {
      const file = path.join(dir, name);
      await rm(file, { force: true, recursive: true });
      if (spec === null) continue;
      await mkdir(path.dirname(file), { recursive: true });
      if (typeof spec === 'string' || Buffer.isBuffer(spec)) await writeFile(file, spec);
      else if ('symlink' in spec) await symlink(spec.symlink, file);
      else {
        await writeFile(file, spec.executable);
        await chmod(file, 0o755);
      }
    }
  };

  const envOf = (spec: Omit<CommitSpec, 'files'>) => {
    const author = spec.author ?? fixturePerson;
    return identityEnv(author, spec.committer ?? author, spec.date, spec.commitDate ?? spec.date);
  };

  const fixture: GitFixture = {
    dir,
    git,
    async commit(spec) {
      await writeFiles(spec.files ?? {});
      await git(['add', '--all', '.']);
      await git(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', spec.message ?? 'change'], {
        env: envOf(spec),
      });
      return git(['rev-parse', 'HEAD']);
    },
    async merge(branch, spec) {
      await git(
        ['merge', '--quiet', '--no-ff', '--no-verify', '-m', spec.message ?? `Merge ${branch}`, branch],
        {
          env: envOf(spec),
        },
      );
      return git(['rev-parse', 'HEAD']);
    },
    async signedCommit(spec) {
      const author = spec.author ?? fixturePerson;
      const committer = spec.committer ?? author;
      const tree = await git(['rev-parse', 'HEAD^{tree}']);
      const parent = await git(['rev-parse', 'HEAD']);
      const signature = fakeSignatures.pgp.map((line, index) => (index === 0 ? line : ` ${line}`)).join('\n');
      const object = [
        `tree ${tree}`,
        `parent ${parent}`,
        `author ${author.name} <${author.email}> ${unixDate(spec.date)}`,
        `committer ${committer.name} <${committer.email}> ${unixDate(spec.commitDate ?? spec.date)}`,
        `gpgsig ${signature}`,
        '',
        spec.message ?? 'signed change',
        '',
      ].join('\n');
      const id = await git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: object });
      await git(['update-ref', 'HEAD', id]);
      return id;
    },
    async tag(name, spec = {}) {
      const target = await git(['rev-parse', `${spec.target ?? 'HEAD'}^{commit}`]);
      if (spec.message === undefined && spec.signature === undefined) {
        await git(['tag', name, target]);
        return;
      }
      const tagger = spec.tagger ?? fixturePerson;
      const lines = [
        `object ${target}`,
        'type commit',
        `tag ${name}`,
        `tagger ${tagger.name} <${tagger.email}> ${unixDate(spec.date ?? '2020-01-01T00:00:00Z')}`,
        '',
        spec.message ?? `Release ${name}`,
        ...(spec.signature ? fakeSignatures[spec.signature] : []),
        '',
      ];
      const id = await git(['mktag'], { input: lines.join('\n') });
      await git(['update-ref', `refs/tags/${name}`, id]);
    },
    async fastImport(stream) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn('git', ['fast-import', '--quiet', '--done'], {
          cwd: dir,
          env: fixtureEnv(),
          stdio: ['pipe', 'ignore', 'pipe'],
        });
        const err: Buffer[] = [];
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.stdin.on('error', () => undefined);
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0
            ? resolve()
            : reject(new Error(`git fast-import: ${Buffer.concat(err).toString('utf8')}`)),
        );
        void (async () => {
          if (typeof stream === 'string') child.stdin.write(stream);
          else
            for await (const chunk of stream)
              if (!child.stdin.write(chunk))
                await new Promise((drained) => child.stdin.once('drain', drained));
          child.stdin.end();
        })().catch(reject);
      });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  return fixture;
}

/** People of {@link createSampleRepository}. */
export const samplePeople = {
  ada: { name: 'Ada Lovelace', email: 'ada@acme.org' },
  adaAlias: { name: 'ada', email: 'ada.old@home.test' },
  bob: { name: 'Bob', email: 'bob@acme.org' },
  cyd: { name: 'Cyd', email: 'cyd@gmail.com' },
  dee: { name: 'Dee', email: 'dee@other.org' },
  dependabot: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
  renovate: { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' },
} satisfies Record<string, Person>;

/**
 * A small project with a known history: 10 commits from 2019-01-10 to 2021-05-01 by four people (Ada
 * under two addresses joined by `.mailmap`) and two bots, one merge, one signed commit, and the tags
 * v0.1.0 (annotated), v0.2.0 (lightweight), v1.0.0 (annotated, signed) and nightly (lightweight).
 */
export async function createSampleRepository(): Promise<GitFixture> {
  const repo = await createGitFixture();
  const { ada, adaAlias, bob, cyd, dee, dependabot, renovate } = samplePeople;
  await repo.commit({
    author: ada,
    date: '2019-01-10T09:00:00Z',
    message: 'Start',
    files: {
      'README.md': '# Sample\n',
      'CHANGELOG.md': '# Changes\n',
      '.mailmap': `${ada.name} <${ada.email}> <${adaAlias.email}>\n`,
      'src/index.js': 'export const answer = 42;\n',
    },
  });
  await repo.commit({ author: adaAlias, date: '2019-06-01T09:00:00Z', files: { 'src/a.js': 'a\n' } });
  await repo.tag('v0.1.0', { message: 'First release', date: '2019-06-02T00:00:00Z', tagger: ada });
  await repo.commit({ author: bob, date: '2020-03-01T09:00:00Z', files: { 'src/b.js': 'b\n' } });
  await repo.git(['checkout', '--quiet', '-b', 'feature']);
  await repo.commit({ author: cyd, date: '2020-04-01T09:00:00Z', files: { 'src/c.js': 'c\n' } });
  await repo.git(['checkout', '--quiet', 'main']);
  await repo.commit({ author: ada, date: '2020-04-02T09:00:00Z', files: { 'src/d.js': 'd\n' } });
  await repo.merge('feature', { author: ada, date: '2020-04-03T09:00:00Z' });
  await repo.tag('v0.2.0');
  await repo.commit({ author: dependabot, date: '2021-01-05T09:00:00Z', files: { 'package.json': '{}\n' } });
  await repo.commit({ author: dee, date: '2021-02-01T09:00:00Z', files: { 'src/e.js': 'e\n' } });
  await repo.signedCommit({ author: bob, date: '2021-03-01T09:00:00Z' });
  await repo.tag('v1.0.0', {
    message: 'Stable',
    date: '2021-03-02T00:00:00Z',
    tagger: bob,
    signature: 'pgp',
  });
  await repo.commit({ author: renovate, date: '2021-05-01T09:00:00Z', files: { 'renovate.json': '{}\n' } });
  await repo.tag('nightly');
  return repo;
}

/**
 * Arms a repository against its scanner: hooks, and repository configuration that would run a program
 * (fsmonitor, pager, gpg with log.showSignature, external diff, text conversion, clean/smudge filters,
 * askpass, credential helper, ssh command). Each program creates a file in the returned folder, which
 * must stay empty whatever the scanner does.
 */
export async function armRepository(repo: GitFixture): Promise<string> {
  const markers = await fixtureDir('dpg-markers-');
  const gitDir = path.resolve(repo.dir, await repo.git(['rev-parse', '--git-dir']));
  const script = async (name: string) => {
    const file = path.join(gitDir, `evil-${name}.sh`);
    await writeFile(file, `#!/bin/sh\ntouch '${path.join(markers, name)}'\n`);
    await chmod(file, 0o755);
    return file;
  };
  await mkdir(path.join(gitDir, 'hooks'), { recursive: true });
  for (const hook of [
    'post-checkout',
    'pre-commit',
    'post-merge',
    'reference-transaction',
    'pre-auto-gc',
    'post-index-change',
  ]) {
    const file = path.join(gitDir, 'hooks', hook);
    await writeFile(file, `#!/bin/sh\ntouch '${path.join(markers, `hook-${hook}`)}'\n`);
    await chmod(file, 0o755);
  }
  const settings: [string, string][] = [
    ['core.fsmonitor', await script('fsmonitor')],
    ['core.pager', await script('pager')],
    ['pager.log', await script('pager-log')],
    ['gpg.program', await script('gpg')],
    ['gpg.ssh.program', await script('gpg-ssh')],
    ['log.showSignature', 'true'],
    ['diff.external', await script('diff-external')],
    ['diff.evil.textconv', await script('textconv')],
    ['filter.evil.clean', await script('clean')],
    ['filter.evil.smudge', await script('smudge')],
    ['filter.evil.process', await script('process')],
    ['core.askPass', await script('askpass')],
    ['credential.helper', `!${await script('credential')}`],
    ['core.sshCommand', await script('ssh')],
    ['core.editor', await script('editor')],
    ['uploadpack.packObjectsHook', await script('pack-objects')],
  ];
  for (const [name, value] of settings) await repo.git(['config', name, value]);
  await writeFile(path.join(repo.dir, '.git', 'info', 'attributes'), '* filter=evil diff=evil\n').catch(
    () => undefined,
  );
  return markers;
}
