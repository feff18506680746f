import { openCatFile, readBlobHead } from './git-cat-file.ts';
import { streamGit, type GitLocation } from './git.ts';
import type { RepositoryTree, TreeEntry } from './repository-tree.ts';

/** A {@link RepositoryTree} that holds a git process open until {@link GitTree.close}. */
export interface GitTree extends RepositoryTree {
  /** Ends the `cat-file` process; call once the tree is no longer read. */
  close(): Promise<void>;
}

interface Located extends TreeEntry {
  oid: string;
}

/** Default cap of a read, as the interface promises. */
const defaultMaxBytes = 1024 * 1024;
/** Files at least this much larger than the cap are read by their own process, stopped early. */
const streamedWholeLimit = 4 * 1024 * 1024;
/** Reads in flight at once in {@link GitTree.readMany}. */
const window = 32;

const kinds: Record<string, TreeEntry['kind']> = {
  '120000': 'symlink',
  '160000': 'submodule',
  '100755': 'executable',
};

/** Reads one record of `git ls-tree -r -l -z`: "<mode> <type> <oid> <size>\t<path>". */
function parseEntry(record: Buffer): Located | undefined {
  const tab = record.indexOf(0x09);
  if (tab < 0) return undefined;
  const [mode, , oid, size] = record.subarray(0, tab).toString('latin1').split(' ').filter(Boolean);
  if (mode === undefined || oid === undefined) return undefined;
  const path = record.subarray(tab + 1).toString('utf8');
  const bytes = Number(size);
  return { path, oid, kind: kinds[mode] ?? 'file', size: Number.isFinite(bytes) ? bytes : 0 };
}

/** The `ls-tree` arguments for a commit, also the evidence of facts read from the tree. */
export function listTreeArgs(commit: string): string[] {
  return ['ls-tree', '-r', '-l', '-z', '--full-tree', commit];
}

/**
 * The files of `commit` as git stores them, read through git objects only: the working tree is never
 * touched, symbolic links are listed with the length of their target and never followed, submodules
 * are listed and never entered, filters never run. Paths that are not UTF-8 are decoded leniently
 * (invalid bytes become U+FFFD) and can be read back by that decoded path. No commit (a repository
 * without commits) is an empty tree.
 */
export function createGitTree(at: GitLocation, commit: string | undefined): GitTree {
  const catFile = openCatFile(at);
  let listing: Promise<Map<string, Located>> | undefined;
  let sorted: Promise<TreeEntry[]> | undefined;

  const load = (): Promise<Map<string, Located>> => {
    listing ??= (async () => {
      const byPath = new Map<string, Located>();
      if (commit === undefined) return byPath;
      for await (const record of streamGit(at, listTreeArgs(commit))) {
        const entry = parseEntry(record);
        if (entry && !byPath.has(entry.path)) byPath.set(entry.path, entry);
      }
      return byPath;
    })();
    return listing;
  };

  const readEntry = (entry: Located, maxBytes: number): Promise<Buffer | undefined> => {
    if (entry.kind !== 'file' && entry.kind !== 'executable') return Promise.resolve(undefined);
    if (maxBytes <= 0) return Promise.resolve(Buffer.alloc(0));
    if (entry.size > maxBytes + streamedWholeLimit) return readBlobHead(at, entry.oid, maxBytes);
    return catFile.read(entry.oid, maxBytes);
  };

  return {
    async entries() {
      sorted ??= load().then((byPath) =>
        [...byPath.values()]
          .map(({ path, size, kind }): TreeEntry => ({ path, size, kind }))
          .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      );
      return [...(await sorted)];
    },
    async read(path, maxBytes = defaultMaxBytes) {
      const entry = (await load()).get(path);
      return entry ? readEntry(entry, maxBytes) : undefined;
    },
    async *readMany(paths, maxBytes = defaultMaxBytes) {
      const byPath = await load();
      const inFlight: { path: string; content: Promise<Buffer | undefined> }[] = [];
      const next = async () => {
        const first = inFlight.shift()!;
        return { path: first.path, content: await first.content };
      };
      for (const path of paths) {
        const entry = byPath.get(path);
        if (!entry) continue;
        const content = readEntry(entry, maxBytes);
        content.catch(() => undefined);
        inFlight.push({ path, content });
        if (inFlight.length >= window) {
          const done = await next();
          if (done.content) yield { path: done.path, content: done.content };
        }
      }
      while (inFlight.length > 0) {
        const done = await next();
        if (done.content) yield { path: done.path, content: done.content };
      }
    },
    close: () => catFile.close(),
  };
}
