import { isoTime } from './calendar.ts';
import { found, inconclusive, notFound, sameForAll } from './fact-builders.ts';
import type { HistorySummary } from './history-metrics.ts';
import { factCatalogue, type Evidence, type Fact, type ScanFacts } from '../scan-result.ts';

/** The facts of the `history` group. */
export type HistoryFacts = ScanFacts['history'];

const names = Object.keys(factCatalogue.history) as (keyof HistoryFacts)[];

/** Every history fact inconclusive for one reason (no git repository, history unreadable). */
export function inconclusiveHistoryFacts(reason: string): HistoryFacts {
  return sameForAll(names, inconclusive(reason));
}

/**
 * The history facts of a summary. `query` is the git command that read the history (the evidence of
 * every fact); `note` is added to every fact (a shallow clone, for instance). No summary means a
 * repository without commits: every fact is not_found.
 */
export function historyFacts(
  summary: HistorySummary | undefined,
  query: string,
  note?: string,
): HistoryFacts {
  const evidence: Evidence[] = [{ kind: 'git', query }];
  if (summary === undefined)
    return sameForAll(names, notFound(evidence, note ?? 'the repository has no commits'));
  const withNote = (extra?: string) => [note, extra].filter(Boolean).join('; ') || undefined;
  const value = (fact: unknown, extra?: string): Fact => found(fact, [...evidence], withNote(extra));
  const noRecentHumans =
    summary.recentHumanCommits === 0 ? 'no human commit in the 12 months before the last commit' : undefined;
  return {
    firstCommit: value(isoTime(summary.first)),
    lastCommit: value(isoTime(summary.last)),
    commits: value(summary.commits),
    commitsPerMonth: value(summary.commitsPerMonth),
    authors:
      summary.authors === 0
        ? notFound([...evidence], withNote('every commit was made by a bot'), 0)
        : value(summary.authors),
    activeAuthors: value(summary.activeAuthors, noRecentHumans),
    bots: value(summary.bots),
    contributorsByYear: value(summary.contributorsByYear),
    busFactor: value(summary.busFactor, noRecentHumans),
    elephantFactor: value(summary.elephantFactor, noRecentHumans),
    organisations: value(summary.organisations, noRecentHumans),
    mergeShare: value(summary.mergeShare),
    signedShare: value(summary.signedShare, 'signature headers counted, not verified'),
  };
}
