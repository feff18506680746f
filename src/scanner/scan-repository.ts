import packageJson from '../../package.json' with { type: 'json' };
import { historyFacts, inconclusiveHistoryFacts } from '../core/scan/history/history-facts.ts';
import { organisationMap } from '../core/scan/history/organisations.ts';
import { findChangelog } from '../core/scan/releases/changelog.ts';
import { releaseFacts } from '../core/scan/releases/release-facts.ts';
import { summariseReleases } from '../core/scan/releases/release-metrics.ts';
import { ScanResult, type ScanFacts } from '../core/scan/scan-result.ts';
import { cloneRepository, isGitUrl, redactUrl, type ClonedRepository } from './clone.ts';
import { createDirectoryTree } from './directory-tree.ts';
import { openRepository, type GitRepository } from './git-repository.ts';
import { createGitTree } from './git-tree.ts';
import { gitQuery } from './git.ts';
import { readHistory } from './history/read-history.ts';
import { readTags } from './history/read-tags.ts';
import type { RepositoryTree } from './repository-tree.ts';
import { detectTreeFacts } from './tree-facts.ts';

/** How far a scan has got: a step name, and for counted steps how many are done (of how many). */
export interface ScanProgress {
  step: string;
  done?: number;
  total?: number;
}

/** Options of {@link scanRepository}. */
export interface ScanOptions {
  /** Time allowed for the whole scan, clone included (default 10 minutes). */
  timeoutMs?: number;
  /** Largest clone allowed, in bytes (default 1 GiB). */
  maxCloneBytes?: number;
  /** E-mail domain → organisation, for the elephant factor (e.g. { "who.int": "WHO" }). */
  organisations?: Record<string, string>;
  onProgress?: (progress: ScanProgress) => void;
  /** When the scan happens (default: now); only `scannedAt` depends on it. */
  now?: Date;
}

/** A scan's result and the CycloneDX SBOM of the dependencies found. */
export interface ScanOutput {
  result: ScanResult;
  sbom: Record<string, unknown>;
}

type MissingFact = ScanResult['missing'][number];

/** What this module adds to the tree detectors' facts. */
interface OwnFacts {
  history: ScanFacts['history'];
  releases: ScanFacts['releases'];
  missing: MissingFact[];
  /** No commit (git), or no file (plain folder). */
  empty: boolean;
}

const defaultTimeoutMs = 10 * 60 * 1000;
const defaultMaxCloneBytes = 1024 * 1024 * 1024;
const shallowReason = 'shallow clone: commits beyond its depth are not in the repository';

/** Like Promise.all, but waits for every task to end before failing, so no git call outlives the scan. */
async function allFinished<T extends readonly unknown[]>(
  tasks: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const outcomes = await Promise.allSettled(tasks);
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

/** History and release facts of a git repository, read while the tree detectors run. */
async function gitFacts(
  repository: GitRepository,
  tree: RepositoryTree,
  options: ScanOptions,
): Promise<OwnFacts> {
  const progress = options.onProgress ?? (() => undefined);
  const shallowNote = repository.shallow ? shallowReason : undefined;
  const head = repository.head;
  const historyTask = (async () => {
    if (head === undefined) return undefined;
    const mailmap = await tree.read('.mailmap');
    return readHistory(repository.at, head, {
      ...(mailmap ? { mailmap: mailmap.toString('utf8') } : {}),
      organisations: organisationMap(options.organisations),
      onProgress: (done) => progress({ step: 'history', done }),
    });
  })();
  const [history, tags, entries] = await allFinished([historyTask, readTags(repository.at), tree.entries()]);
  const summary = history?.summary;
  const missing: MissingFact[] = shallowNote
    ? [
        { fact: 'history', reason: shallowReason },
        { fact: 'releases', reason: 'shallow clone: tags outside the fetched history may be missing' },
      ]
    : [];
  return {
    history: history
      ? historyFacts(summary, history.query, shallowNote)
      : historyFacts(
          undefined,
          gitQuery(['rev-parse', '--verify', 'HEAD^{commit}']),
          'the repository has no commits',
        ),
    releases: releaseFacts({
      summary: summariseReleases(tags.tags, summary?.last),
      query: tags.query,
      changelog: findChangelog(entries.map((entry) => entry.path)),
      ...(shallowNote ? { note: shallowNote } : {}),
    }),
    missing,
    empty: head === undefined,
  };
}

/** History and release facts of a plain folder: unknown, except the changelog. */
async function folderFacts(tree: RepositoryTree): Promise<OwnFacts> {
  const reason = 'not a git repository: the folder has no history or tags to read';
  const entries = await tree.entries();
  return {
    history: inconclusiveHistoryFacts(reason),
    releases: releaseFacts({
      summary: undefined,
      query: '',
      changelog: findChangelog(entries.map((entry) => entry.path)),
      note: reason,
    }),
    missing: [
      { fact: 'history', reason },
      { fact: 'releases', reason },
    ],
    empty: entries.length === 0,
  };
}

/**
 * Scans a repository: a local folder (scanned in place, git repository or not) or a git URL (cloned
 * into a temporary folder, removed afterwards). History, tags and the file tree are read through git
 * only, never running the repository's code, hooks or configured programs. The result is validated
 * against the scan result schema before it is returned.
 */
export async function scanRepository(source: string, options: ScanOptions = {}): Promise<ScanOutput> {
  const started = performance.now();
  const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
  const progress = options.onProgress ?? (() => undefined);
  const scannedAt = (options.now ?? new Date()).toISOString();
  let clone: ClonedRepository | undefined;
  let tree: (RepositoryTree & { close?: () => Promise<void> }) | undefined;
  try {
    const url = isGitUrl(source) ? redactUrl(source) : undefined;
    if (url !== undefined) {
      progress({ step: 'clone' });
      clone = await cloneRepository(source, {
        maxBytes: options.maxCloneBytes ?? defaultMaxCloneBytes,
        timeoutMs: Math.max(1, deadline - Date.now()),
      });
    }
    progress({ step: 'open' });
    const repository = await openRepository(clone?.dir ?? source, deadline);
    const files = repository ? createGitTree(repository.at, repository.head) : createDirectoryTree(source);
    tree = files;
    const treeTask = detectTreeFacts(files, { onProgress: (step: string) => progress({ step }) });
    const ownTask = repository ? gitFacts(repository, files, options) : folderFacts(files);
    const [detected, own] = await allFinished([treeTask, ownTask] as const);
    const missing = [...detected.missing, ...own.missing];
    const result: ScanResult = {
      schemaVersion: 1,
      scanner: { name: 'dpg-toolkit', version: packageJson.version },
      scannedAt,
      durationMs: 0,
      repository: {
        ...(url !== undefined ? { url } : {}),
        ...(repository?.head !== undefined ? { head: repository.head } : {}),
        ...(repository?.branch !== undefined ? { branch: repository.branch } : {}),
        shallow: repository?.shallow ?? false,
        empty: own.empty,
      },
      partial: missing.length > 0,
      missing,
      facts: { ...detected.facts, history: own.history, releases: own.releases },
    };
    result.durationMs = Math.round(performance.now() - started);
    ScanResult.parse(result);
    progress({ step: 'done' });
    return { result, sbom: detected.sbom };
  } finally {
    await tree?.close?.();
    await clone?.cleanup();
  }
}
