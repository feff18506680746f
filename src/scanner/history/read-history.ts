import { applyMailmap, parseMailmap, type Identity } from '../../core/scan/history/mailmap.ts';
import {
  addCommit,
  createHistoryTally,
  summariseHistory,
  type HistorySummary,
} from '../../core/scan/history/history-metrics.ts';
import { gitQuery, streamGit, type GitLocation } from '../git.ts';
import { parseRawCommit } from './parse-raw-commit.ts';

/** Options of {@link readHistory}. */
export interface ReadHistoryOptions {
  /** The text of the scanned commit's `.mailmap`, if it has one. */
  mailmap?: string;
  /** The user's e-mail domain → organisation map (see affiliationOf), keys normalised. */
  organisations?: ReadonlyMap<string, string>;
  /** Called every few thousand commits with the number read so far. */
  onProgress?: (commits: number) => void;
}

/** How often progress is reported, in commits. */
const progressEvery = 5000;

/**
 * The `git log` arguments: raw commit headers (for signature headers, which no format placeholder
 * shows without running gpg), NUL between commits, and no mailmap, decoration, notes, external diff or
 * text conversion. The mailmap is applied here, from the scanned commit's own `.mailmap`.
 */
export function historyLogArgs(commit: string): string[] {
  return [
    'log',
    '--pretty=raw',
    '-z',
    '--no-use-mailmap',
    '--no-show-signature',
    '--no-decorate',
    '--no-notes',
    '--no-color',
    '--no-abbrev-commit',
    '--no-ext-diff',
    '--no-textconv',
    commit,
    '--',
  ];
}

/**
 * Reads the history reachable from `commit` in one streamed pass of `git log` and summarises it
 * (undefined when it has no commit). Returns the query as evidence.
 */
export async function readHistory(
  at: GitLocation,
  commit: string,
  options: ReadHistoryOptions = {},
): Promise<{ summary: HistorySummary | undefined; query: string }> {
  const args = historyLogArgs(commit);
  const mailmap = parseMailmap(options.mailmap ?? '');
  const resolved = new Map<string, Identity>();
  const tally = createHistoryTally();
  for await (const record of streamGit(at, args)) {
    if (record.length === 0) continue;
    const raw = parseRawCommit(record);
    const key = `${raw.author.name}\u0000${raw.author.email}`;
    let author = resolved.get(key);
    if (!author) {
      author = applyMailmap(mailmap, raw.author);
      resolved.set(key, author);
    }
    addCommit(tally, { author, time: raw.time, parents: raw.parents, signed: raw.signed });
    if (tally.commits % progressEvery === 0) options.onProgress?.(tally.commits);
  }
  return { summary: summariseHistory(tally, options.organisations), query: gitQuery(args) };
}
