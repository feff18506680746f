import { isBot } from './bots.ts';
import { monthOf, twelveMonthsBefore, yearOf } from './calendar.ts';
import { fewestCovering } from './coverage.ts';
import type { Identity } from './mailmap.ts';
import { affiliationOf } from './organisations.ts';

/**
 * History metrics, computed from commits fed one at a time (so a long `git log` is never held in
 * memory). A commit's date is its committer date: when it entered this history. "The last 12 months"
 * always means the 12 months before the last commit, so a scan of the same commit gives the same figures
 * whenever it runs.
 */

/** What the metrics need to know about one commit. */
export interface CommitInfo {
  /** The author, after `.mailmap`. */
  author: Identity;
  /** Committer date, whole seconds since the epoch. */
  time: number;
  /** Number of parents: 2 or more is a merge. */
  parents: number;
  /** The commit object carries a signature header (not verified). */
  signed: boolean;
}

interface Contributor {
  /** Commit dates, in the order read. */
  times: number[];
  email: string;
}

/** Running totals of a history; fill with {@link addCommit}, read with {@link summariseHistory}. */
export interface HistoryTally {
  commits: number;
  merges: number;
  signed: number;
  first: number;
  last: number;
  months: Map<string, number>;
  /** Human authors by {@link authorKey}. */
  people: Map<string, Contributor>;
  /** Bot commits by {@link authorKey}. */
  bots: Map<string, number>;
}

/** An empty tally. */
export function createHistoryTally(): HistoryTally {
  return {
    commits: 0,
    merges: 0,
    signed: 0,
    first: Number.POSITIVE_INFINITY,
    last: Number.NEGATIVE_INFINITY,
    months: new Map(),
    people: new Map(),
    bots: new Map(),
  };
}

/** How authors are told apart: by address (case-insensitive), or by name when the address is empty. */
export function authorKey(author: Identity): string {
  const email = author.email.trim().toLowerCase();
  return email === '' ? `name:${author.name.trim().toLowerCase()}` : email;
}

/** Adds one commit to the tally. */
export function addCommit(tally: HistoryTally, commit: CommitInfo): void {
  tally.commits += 1;
  if (commit.parents >= 2) tally.merges += 1;
  if (commit.signed) tally.signed += 1;
  if (commit.time < tally.first) tally.first = commit.time;
  if (commit.time > tally.last) tally.last = commit.time;
  const month = monthOf(commit.time);
  tally.months.set(month, (tally.months.get(month) ?? 0) + 1);
  const key = authorKey(commit.author);
  if (isBot(commit.author)) {
    tally.bots.set(key, (tally.bots.get(key) ?? 0) + 1);
    return;
  }
  const person = tally.people.get(key);
  if (person) person.times.push(commit.time);
  else tally.people.set(key, { times: [commit.time], email: commit.author.email });
}

/** Commits of one organisation (or of all independent authors together) in the last 12 months. */
export interface OrganisationShare {
  organisation: string;
  commits: number;
  /** Share of the human commits of the last 12 months, 0–1. */
  share: number;
  /** True for the line that gathers independent authors (webmail, no-reply and unknown domains). */
  independent?: true;
  /** For the independent line: how many people it gathers. */
  people?: number;
}

/** The history figures of a repository with at least one commit. */
export interface HistorySummary {
  /** First and last commit dates, seconds since the epoch. */
  first: number;
  last: number;
  commits: number;
  /** Months with commits, oldest first (months without any are left out). */
  commitsPerMonth: { month: string; commits: number }[];
  /** Distinct human authors in all history. */
  authors: number;
  /** Distinct human authors in the 12 months before the last commit. */
  activeAuthors: number;
  bots: { commits: number; authors: number };
  /** Years with commits, oldest first: authors whose first commit is that year, and earlier authors back. */
  contributorsByYear: { year: number; new: number; returning: number }[];
  /** Human commits in the last 12 months. */
  recentHumanCommits: number;
  busFactor: number;
  elephantFactor: number;
  organisations: OrganisationShare[];
  mergeShare: number;
  signedShare: number;
}

function contributorsByYear(people: Iterable<Contributor>): HistorySummary['contributorsByYear'] {
  const years = new Map<number, { new: number; returning: number }>();
  for (const person of people) {
    const active = new Set(person.times.map(yearOf));
    const firstYear = Math.min(...active);
    for (const year of active) {
      const entry = years.get(year) ?? { new: 0, returning: 0 };
      if (year === firstYear) entry.new += 1;
      else entry.returning += 1;
      years.set(year, entry);
    }
  }
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, ...counts }));
}

function organisationShares(
  recent: { email: string; commits: number }[],
  organisations: ReadonlyMap<string, string>,
): { shares: OrganisationShare[]; elephantFactor: number } {
  const total = recent.reduce((sum, person) => sum + person.commits, 0);
  const byOrganisation = new Map<string, number>();
  const independents: number[] = [];
  for (const person of recent) {
    const affiliation = affiliationOf(person.email, organisations);
    if (affiliation.kind === 'independent') independents.push(person.commits);
    else byOrganisation.set(affiliation.name, (byOrganisation.get(affiliation.name) ?? 0) + person.commits);
  }
  const share = (commits: number) => (total === 0 ? 0 : commits / total);
  const shares: OrganisationShare[] = [...byOrganisation.entries()].map(([organisation, commits]) => ({
    organisation,
    commits,
    share: share(commits),
  }));
  if (independents.length > 0) {
    const commits = independents.reduce((sum, count) => sum + count, 0);
    shares.push({
      organisation: 'independent',
      commits,
      share: share(commits),
      independent: true,
      people: independents.length,
    });
  }
  shares.sort((a, b) => b.commits - a.commits || a.organisation.localeCompare(b.organisation));
  return { shares, elephantFactor: fewestCovering([...byOrganisation.values(), ...independents]) };
}

/**
 * The figures of a tally, or undefined when it holds no commit. `organisations` is the user's map of
 * e-mail domains to organisations (see {@link affiliationOf}).
 */
export function summariseHistory(
  tally: HistoryTally,
  organisations: ReadonlyMap<string, string> = new Map(),
): HistorySummary | undefined {
  if (tally.commits === 0) return undefined;
  const since = twelveMonthsBefore(tally.last);
  const recent: { email: string; commits: number }[] = [];
  for (const person of tally.people.values()) {
    const commits = person.times.reduce((count, time) => (time > since ? count + 1 : count), 0);
    if (commits > 0) recent.push({ email: person.email, commits });
  }
  const { shares, elephantFactor } = organisationShares(recent, organisations);
  return {
    first: tally.first,
    last: tally.last,
    commits: tally.commits,
    commitsPerMonth: [...tally.months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, commits]) => ({ month, commits })),
    authors: tally.people.size,
    activeAuthors: recent.length,
    bots: {
      commits: [...tally.bots.values()].reduce((sum, count) => sum + count, 0),
      authors: tally.bots.size,
    },
    contributorsByYear: contributorsByYear(tally.people.values()),
    recentHumanCommits: recent.reduce((sum, person) => sum + person.commits, 0),
    busFactor: fewestCovering(recent.map((person) => person.commits)),
    elephantFactor,
    organisations: shares,
    mergeShare: tally.merges / tally.commits,
    signedShare: tally.signed / tally.commits,
  };
}
