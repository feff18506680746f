/** One entry of a repository's file tree. Symbolic links are listed but never followed. */
export interface TreeEntry {
  /** Path relative to the repository root, forward slashes, as raw bytes decoded leniently (UTF-8 with replacement). */
  path: string;
  /** Size in bytes (for a symlink: the length of its target text). */
  size: number;
  kind: 'file' | 'executable' | 'symlink' | 'submodule';
}

/**
 * Read access to the files of a repository: from the commit scanned (git objects) or from a plain folder.
 * Implementations never follow symbolic links, never run filters, and cap every read.
 */
export interface RepositoryTree {
  /** Every entry, in path order. Submodules are listed, never entered. */
  entries(): Promise<TreeEntry[]>;
  /**
   * The first `maxBytes` bytes of a regular file (default 1 MiB). Returns undefined for a symlink,
   * a submodule or a path that is not in the tree.
   */
  read(path: string, maxBytes?: number): Promise<Buffer | undefined>;
  /** Reads several files in one pass (a single `git cat-file --batch` for git trees). */
  readMany(paths: string[], maxBytes?: number): AsyncIterable<{ path: string; content: Buffer }>;
}
