import { isoTime } from '../history/calendar.ts';
import { found, inconclusive, notFound } from '../history/fact-builders.ts';
import type { ReleaseSummary } from './release-metrics.ts';
import type { Evidence, Fact, ScanFacts } from '../scan-result.ts';

/** The facts of the `releases` group. */
export type ReleaseFacts = ScanFacts['releases'];

/** What the release facts are built from. */
export interface ReleaseFactsInput {
  /** The release figures; undefined when the tags could not be read (not a git repository). */
  summary: ReleaseSummary | undefined;
  /** The git command that listed the tags. */
  query: string;
  /** Path of the changelog found in the tree, if any. */
  changelog: string | undefined;
  /** Why tags could not be read, or a caveat for every tag fact (a shallow clone). */
  note?: string;
}

function changelogFact(changelog: string | undefined): Fact {
  return changelog === undefined
    ? notFound([], 'no CHANGELOG, CHANGES, HISTORY, NEWS or RELEASES file')
    : found(changelog, [{ kind: 'file', path: changelog }]);
}

/**
 * The release facts. Counts of zero are `not_found` with value 0; figures measured from the last
 * commit are inconclusive in a repository without commits.
 */
export function releaseFacts(input: ReleaseFactsInput): ReleaseFacts {
  const { summary, note } = input;
  if (summary === undefined) {
    const unknown = inconclusive(note ?? 'tags could not be read');
    return {
      tags: unknown,
      semverTags: unknown,
      latest: unknown,
      daysSinceLatest: unknown,
      lastYear: unknown,
      cadenceDays: unknown,
      signedTagShare: unknown,
      changelog: changelogFact(input.changelog),
    };
  }
  const evidence = (): Evidence[] => [{ kind: 'git', query: input.query }];
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ') || undefined;
  const count = (value: number, absent: string, extra?: string): Fact =>
    value === 0 ? notFound(evidence(), join(note, absent), 0) : found(value, evidence(), join(note, extra));
  const fallback = summary.everyTagIsARelease
    ? 'no tag names a version: every tag taken for a release'
    : undefined;
  const noCommit = 'no commit to measure from';
  const latest = summary.latest;
  return {
    tags: count(summary.tags, 'no tags'),
    semverTags: count(summary.semverTags, 'no tag is a semantic version'),
    latest: latest
      ? found(
          { tag: latest.tag, date: isoTime(latest.date), ...(latest.prerelease ? { prerelease: true } : {}) },
          evidence(),
          join(note, fallback),
        )
      : notFound(evidence(), join(note, 'no dated release tag')),
    daysSinceLatest:
      summary.daysSinceLatest !== undefined
        ? found(summary.daysSinceLatest, evidence(), note)
        : latest
          ? inconclusive(noCommit, evidence())
          : notFound(evidence(), join(note, 'no release')),
    lastYear:
      summary.lastYear !== undefined
        ? found(summary.lastYear, evidence(), join(note, fallback))
        : inconclusive(noCommit, evidence()),
    cadenceDays:
      summary.cadenceDays !== undefined
        ? found(summary.cadenceDays, evidence(), join(note, fallback))
        : notFound(evidence(), join(note, 'fewer than two dated releases')),
    signedTagShare:
      summary.signedTagShare !== undefined
        ? found(summary.signedTagShare, evidence(), join(note, 'signature blocks counted, not verified'))
        : notFound(evidence(), join(note, 'no tags')),
    changelog: changelogFact(input.changelog),
  };
}
