import semver from 'semver';
import { percentile } from '../../cost/percentile.ts';
import { daySeconds, daysBetween, twelveMonthsBefore } from '../history/calendar.ts';
import { parseVersionTag } from './version-tag.ts';

/** One tag as read from the repository. */
export interface TagInfo {
  /** The name without "refs/tags/". */
  name: string;
  /** The tagger date of an annotated tag, else the committer date of the tagged commit (seconds). */
  date?: number;
  /** An annotated tag (a tag object) rather than a lightweight one. */
  annotated: boolean;
  /** The tag object ends with a signature block (PGP, SSH or X.509), not verified. */
  signed: boolean;
}

/** A release: a tag with a date. */
export interface Release {
  tag: string;
  date: number;
  prerelease: boolean;
}

/** The release figures of a repository. */
export interface ReleaseSummary {
  tags: number;
  semverTags: number;
  /** Version tags when there are any, else every tag; dated ones only, oldest first. */
  releases: Release[];
  /** True when no tag names a version, so every tag was taken for a release. */
  everyTagIsARelease: boolean;
  latest?: Release;
  /** Days from the latest release to the last commit; 0 when the release came after it. */
  daysSinceLatest?: number;
  /** Releases dated after the start of the 12 months before the last commit. */
  lastYear?: number;
  /** Median days between consecutive releases (at least two needed). */
  cadenceDays?: number;
  /** Signed tags among all tags, 0–1 (undefined without tags). */
  signedTagShare?: number;
}

function newer(a: Release, b: Release): Release {
  if (a.date !== b.date) return a.date > b.date ? a : b;
  const [va, vb] = [parseVersionTag(a.tag), parseVersionTag(b.tag)];
  if (va?.semver && vb?.semver) return semver.gt(va.version, vb.version) ? a : b;
  return a.tag > b.tag ? a : b;
}

/**
 * Release figures from the tags and the date of the last commit (seconds; undefined when there is no
 * commit, and then the figures measured from it are left out).
 */
export function summariseReleases(tags: readonly TagInfo[], lastCommit?: number): ReleaseSummary {
  const parsed = tags.map((tag) => ({ tag, version: parseVersionTag(tag.name) }));
  const versionTags = parsed.filter((entry) => entry.version !== undefined);
  const chosen = versionTags.length > 0 ? versionTags : parsed;
  const releases = chosen
    .filter((entry) => entry.tag.date !== undefined)
    .map((entry): Release => ({
      tag: entry.tag.name,
      date: entry.tag.date!,
      prerelease: entry.version?.prerelease ?? false,
    }))
    .sort((a, b) => a.date - b.date || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const latest = releases.reduce<Release | undefined>(
    (best, release) => (best ? newer(best, release) : release),
    undefined,
  );
  const gaps = releases.slice(1).map((release, index) => (release.date - releases[index]!.date) / daySeconds);
  const summary: ReleaseSummary = {
    tags: tags.length,
    semverTags: parsed.filter((entry) => entry.version?.semver).length,
    releases,
    everyTagIsARelease: versionTags.length === 0 && tags.length > 0,
  };
  if (latest) summary.latest = latest;
  if (gaps.length > 0)
    summary.cadenceDays =
      Math.round(
        percentile(
          gaps.sort((a, b) => a - b),
          0.5,
        ) * 10,
      ) / 10;
  if (tags.length > 0) summary.signedTagShare = tags.filter((tag) => tag.signed).length / tags.length;
  if (lastCommit !== undefined) {
    const since = twelveMonthsBefore(lastCommit);
    summary.lastYear = releases.filter((release) => release.date > since).length;
    if (latest) summary.daysSinceLatest = Math.max(0, daysBetween(latest.date, lastCommit));
  }
  return summary;
}
