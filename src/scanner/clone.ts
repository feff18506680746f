import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomainError } from '../core/errors.ts';
import { deadlineIn, runGit } from './git.ts';

/** A repository cloned into a temporary folder, to be removed with `cleanup` once scanned. */
export interface ClonedRepository {
  /** The bare repository. */
  dir: string;
  cleanup(): Promise<void>;
}

/** Options of {@link cloneRepository}. */
export interface CloneOptions {
  /** The clone is stopped once the folder grows past this size. */
  maxBytes: number;
  timeoutMs: number;
}

const remoteUrl = /^(https?|ssh|git|file):\/\//i;
const scpLike = /^[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:(?!\/\/)/;

/** How often the size of a clone in progress is measured. */
const sizeCheckMs = 200;

/**
 * Whether a scan source is a git URL (https, http, ssh, git, file, or `user@host:path`) rather than a
 * local folder. Other URL schemes are refused.
 */
export function isGitUrl(source: string): boolean {
  if (remoteUrl.test(source) || scpLike.test(source)) return true;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(source))
    throw new DomainError('invalid_input', `unsupported URL scheme: ${redactUrl(source)}`, {
      reason: 'unsupported_protocol',
    });
  return false;
}

/** The text with user names and passwords removed from the URLs in it, for messages and results. */
export function redactUrl(url: string): string {
  return url.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@\s]*@/g, '$1');
}

/** Total size in bytes of the files under a folder (symbolic links counted as links). */
async function folderSize(folder: string): Promise<number> {
  let total = 0;
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    total += await stat(path.join(entry.parentPath, entry.name)).then(
      (info) => info.size,
      () => 0,
    );
  }
  return total;
}

/**
 * Clones `url` (bare: no working tree, no checkout, no submodules, no hooks, no templates) into a new
 * temporary folder. Only https, http, ssh and git transports are allowed, and file for file:// URLs.
 * The clone is stopped, and the folder removed, when it grows past `maxBytes`, takes longer than
 * `timeoutMs`, or fails; the error says which.
 */
export async function cloneRepository(url: string, options: CloneOptions): Promise<ClonedRepository> {
  if (url.startsWith('-') || !isGitUrl(url))
    throw new DomainError('invalid_input', `not a git URL: ${redactUrl(url)}`, { reason: 'not_a_url' });
  const parent = await mkdtemp(path.join(tmpdir(), 'dpg-scan-'));
  const dir = path.join(parent, 'repository.git');
  const cleanup = () => rm(parent, { recursive: true, force: true });
  const tooLarge = new DomainError(
    'invalid_input',
    `${redactUrl(url)} is larger than the clone limit of ${options.maxBytes} bytes`,
    { reason: 'too_large', maxBytes: options.maxBytes },
  );
  const controller = new AbortController();
  let measuring = false;
  const watch = setInterval(() => {
    if (measuring) return;
    measuring = true;
    void folderSize(parent).then((size) => {
      measuring = false;
      if (size > options.maxBytes) controller.abort(tooLarge);
    });
  }, sizeCheckMs);
  const allowed = ['https', 'http', 'ssh', 'git', ...(/^file:/i.test(url) ? ['file'] : [])];
  try {
    await runGit(
      { cwd: parent, trusted: [dir], deadline: deadlineIn(options.timeoutMs) },
      ['clone', '--bare', '--quiet', '--no-recurse-submodules', '--template=', '--', url, dir],
      {
        config: allowed.map((scheme) => `protocol.${scheme}.allow=always`),
        signal: controller.signal,
        processGroup: true,
      },
    );
    if ((await folderSize(parent)) > options.maxBytes) throw tooLarge;
  } catch (error) {
    await cleanup();
    if (error instanceof DomainError && error.details?.reason === 'git_failed')
      throw new DomainError(
        'source_unreachable',
        `could not clone ${redactUrl(url)}: ${redactUrl(error.message)}`,
        {
          reason: 'clone_failed',
        },
      );
    throw error;
  } finally {
    clearInterval(watch);
  }
  return { dir, cleanup };
}
