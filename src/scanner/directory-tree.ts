import { constants } from 'node:fs';
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import type { RepositoryTree, TreeEntry } from './repository-tree.ts';

/** Default cap of a read, as the interface promises. */
const defaultMaxBytes = 1024 * 1024;
/** Reads in flight at once in {@link DirectoryTree.readMany}. */
const window = 16;
/** Directory entries examined at once while walking. */
const statBatch = 64;

/** A {@link RepositoryTree} over a plain folder, with what the walk left out. */
export interface DirectoryTree extends RepositoryTree {
  /** Paths left out of the listing: other kinds of files (sockets, devices) and names that decode alike. */
  skipped(): Promise<string[]>;
}

interface Located extends TreeEntry {
  /** The path on disk as raw bytes, so that names that are not UTF-8 can still be opened. */
  raw: Buffer;
}

const decoder = new TextDecoder('utf-8');
const slash = Buffer.from('/');

/**
 * A repository tree over a folder on disk: walks it with `lstat` (symbolic links are listed as links and
 * never followed), skips every `.git`, lists names that are not UTF-8 decoded with replacement
 * characters, and opens files with `O_NOFOLLOW` so a file swapped for a link after the walk is not read.
 */
export function createDirectoryTree(root: string): DirectoryTree {
  let listing: Promise<{ entries: Located[]; byPath: Map<string, Located>; skipped: string[] }> | undefined;

  async function walk() {
    const entries: Located[] = [];
    const skipped: string[] = [];
    const rootRaw = Buffer.from(root.replace(/\/+$/, '') || '/');
    const folders: { raw: Buffer; path: string }[] = [{ raw: rootRaw, path: '' }];
    while (folders.length > 0) {
      const folder = folders.pop()!;
      let names: Buffer[];
      try {
        names = await readdir(folder.raw, { encoding: 'buffer' });
      } catch {
        if (folder.path === '') throw new Error(`cannot read the folder ${root}`);
        skipped.push(folder.path);
        continue;
      }
      for (let start = 0; start < names.length; start += statBatch) {
        const batch = names
          .slice(start, start + statBatch)
          .filter((name) => name.toString('latin1') !== '.git');
        const stats = await Promise.all(
          batch.map(async (name) => {
            const raw = Buffer.concat([folder.raw, slash, name]);
            const path = folder.path === '' ? decoder.decode(name) : `${folder.path}/${decoder.decode(name)}`;
            try {
              return { raw, path, stat: await lstat(raw) };
            } catch {
              return { raw, path, stat: undefined };
            }
          }),
        );
        for (const { raw, path, stat } of stats) {
          if (!stat) skipped.push(path);
          else if (stat.isDirectory()) folders.push({ raw, path });
          else if (stat.isSymbolicLink()) {
            const target = await readlink(raw, { encoding: 'buffer' }).catch(() => Buffer.alloc(0));
            entries.push({ path, size: target.length, kind: 'symlink', raw });
          } else if (stat.isFile()) {
            entries.push({ path, size: stat.size, kind: stat.mode & 0o111 ? 'executable' : 'file', raw });
          } else skipped.push(path);
        }
      }
    }
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const byPath = new Map<string, Located>();
    const unique: Located[] = [];
    for (const entry of entries) {
      if (byPath.has(entry.path)) skipped.push(entry.path);
      else {
        byPath.set(entry.path, entry);
        unique.push(entry);
      }
    }
    return { entries: unique, byPath, skipped };
  }

  const list = () => (listing ??= walk());

  async function readEntry(entry: Located, maxBytes: number): Promise<Buffer | undefined> {
    let handle;
    try {
      handle = await open(entry.raw, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
      const info = await handle.stat();
      if (!info.isFile()) return undefined;
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(maxBytes, info.size)));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    } catch {
      return undefined;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  return {
    async entries() {
      return (await list()).entries.map(({ path, size, kind }) => ({ path, size, kind }));
    },
    async skipped() {
      return (await list()).skipped;
    },
    async read(path, maxBytes = defaultMaxBytes) {
      const entry = (await list()).byPath.get(path);
      if (!entry || (entry.kind !== 'file' && entry.kind !== 'executable')) return undefined;
      return readEntry(entry, maxBytes);
    },
    async *readMany(paths, maxBytes = defaultMaxBytes) {
      const { byPath } = await list();
      const pending: Promise<{ path: string; content: Buffer | undefined }>[] = [];
      let next = 0;
      const start = () => {
        while (pending.length < window && next < paths.length) {
          const path = paths[next++]!;
          const entry = byPath.get(path);
          pending.push(
            entry && (entry.kind === 'file' || entry.kind === 'executable')
              ? readEntry(entry, maxBytes).then((content) => ({ path, content }))
              : Promise.resolve({ path, content: undefined }),
          );
        }
      };
      start();
      while (pending.length > 0) {
        const result = await pending.shift()!;
        start();
        if (result.content !== undefined) yield { path: result.path, content: result.content };
      }
    },
  };
}
