import { z } from 'zod';

/**
 * The scan result: what `dpg scan` learned about a repository, fact by fact, each with its evidence.
 * Version 1 of the format; `docs/scan-result.schema.json` is generated from these schemas.
 */

/** Whether a fact was established. "not_found" means looked for and absent; "inconclusive" means unknown. */
export const factStates = ['found', 'not_found', 'inconclusive'] as const;

/** One of {@link factStates}. */
export type FactState = (typeof factStates)[number];

/** Where a fact comes from: a file (and line), a git query, or a manifest entry. */
export const Evidence = z.object({
  kind: z.enum(['file', 'git', 'manifest', 'derived']),
  /** Path relative to the repository root, with forward slashes. */
  path: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** The git command's arguments, for facts read from history. */
  query: z.string().optional(),
  /** A short quotation (at most 200 characters) of what was seen. */
  excerpt: z.string().max(200).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** One fact: its state, its value when found, the evidence, and a note when partial or inconclusive. */
export const Fact = z.object({
  state: z.enum(factStates),
  value: z.unknown().optional(),
  evidence: z.array(Evidence),
  note: z.string().optional(),
});
export type Fact = z.infer<typeof Fact>;

/**
 * The facts a scan reports, by group. Every name here is present in every scan result, so an
 * assessment rule can always read `scan.<group>.<name>.state`. The comment says what `value` holds.
 */
export const factCatalogue = {
  licences: {
    /** [{ path, spdxId, confidence (0–1) }] for each licence file found by name. */
    files: 'licence files matched against SPDX texts',
    /** string: the SPDX expression for the whole repository, e.g. "MIT OR Apache-2.0". */
    spdxExpression: 'licence of the repository as an SPDX expression',
    /** boolean: every licence in the expression is OSI approved. */
    osiApproved: 'all detected licences OSI approved',
    /** [{ path, expression }] licences declared in package manifests. */
    declared: 'licences declared in manifests',
    /** { sampled: number, byId: Record<spdxId, count> } from SPDX-License-Identifier headers. */
    headers: 'SPDX-License-Identifier headers in sampled source files',
    /** string[]: human-readable inconsistencies between files, manifests, headers and publiccode.yml. */
    inconsistencies: 'disagreements between licence sources',
  },
  history: {
    /** ISO date of the first commit. */
    firstCommit: 'date of the first commit',
    /** ISO date of the last commit. */
    lastCommit: 'date of the last commit',
    /** number of commits reachable from HEAD. */
    commits: 'commit count',
    /** [{ month: "YYYY-MM", commits }] */
    commitsPerMonth: 'commits per month',
    /** number of distinct human authors (after .mailmap). */
    authors: 'authors in all history',
    /** number of distinct human authors in the 12 months before the last commit. */
    activeAuthors: 'authors active in the last 12 months',
    /** { commits, authors } made by bots. */
    bots: 'bot commits, counted apart',
    /** [{ year, new, returning }] */
    contributorsByYear: 'new and returning contributors per year',
    /** number: fewest authors covering 50% of commits in the last 12 months. */
    busFactor: 'bus factor',
    /** number: fewest organisations (by e-mail domain) covering 50% of commits in the last 12 months. */
    elephantFactor: 'elephant factor',
    /** [{ organisation, commits, share }] in the last 12 months. */
    organisations: 'commits by organisation',
    /** number 0–1 */
    mergeShare: 'share of merge commits',
    /** number 0–1 */
    signedShare: 'share of signed commits',
  },
  releases: {
    /** number of tags. */
    tags: 'tags',
    /** number of tags that are semantic versions. */
    semverTags: 'semantic-version tags',
    /** { tag, date } */
    latest: 'latest release',
    /** number of days between the latest release and the last commit. */
    daysSinceLatest: 'days since the latest release',
    /** number of releases in the 12 months before the last commit. */
    lastYear: 'releases in the last 12 months',
    /** number: median days between consecutive releases. */
    cadenceDays: 'median days between releases',
    /** number 0–1: share of tags that are signed (annotated with a signature). */
    signedTagShare: 'share of signed tags',
    /** string: path of the changelog. */
    changelog: 'changelog file',
  },
  hygiene: {
    /** string: path */
    readme: 'README',
    /** { install: boolean, usage: boolean, contributing: boolean } */
    readmeSections: 'README sections',
    /** { path, files, bytes } */
    docs: 'documentation folder',
    contributing: 'CONTRIBUTING guide',
    codeOfConduct: 'code of conduct',
    governance: 'governance document',
    securityPolicy: 'security policy',
    funding: 'funding file',
    issueTemplates: 'issue templates',
    roadmap: 'roadmap',
  },
  engineering: {
    /** [{ system, path, runsTests }] */
    ci: 'continuous integration configurations',
    /** number: test files / source files */
    testRatio: 'test files per source file',
    /** string[] of paths */
    lint: 'lint configurations',
    /** string[] of paths */
    format: 'format configurations',
    /** string[]: tools such as CodeQL, Semgrep, SonarCloud seen in CI */
    staticAnalysis: 'static analysis in CI',
    /** string[]: Dependabot, Renovate */
    dependencyUpdates: 'dependency update tools',
    /** string[] of paths */
    lockfiles: 'lockfiles',
    /** [{ path, problem }] workflows without a top-level permissions block or with write-all */
    tokenPermissions: 'workflow token permissions problems',
    /** [{ path, line, action }] third-party actions not pinned to a commit */
    unpinnedActions: 'unpinned third-party actions',
    /** [{ path, line }] pull_request_target workflows that check out the pull request */
    dangerousWorkflows: 'dangerous pull_request_target patterns',
    /** string[] of paths of committed binaries (executables, archives, compiled objects) */
    binaries: 'committed binaries',
    /** string[] of paths */
    fuzzing: 'fuzzing set-up',
  },
  deployment: {
    dockerfile: 'Dockerfile',
    compose: 'Docker Compose file',
    helm: 'Helm chart',
    kubernetes: 'Kubernetes manifests',
    terraform: 'Terraform',
    ansible: 'Ansible',
    /** string[] of folders */
    migrations: 'database migrations',
  },
  interoperability: {
    /** [{ kind: "openapi" | "graphql" | "protobuf" | "asyncapi", path }] */
    apiDescriptions: 'API descriptions',
    /** [{ standard, evidence }] e.g. FHIR, HL7, OpenID Connect, OAuth2, OGC, XForms, ISO 20022 */
    openStandards: 'open standards used',
    /** { languages: string[], files: number } */
    i18n: 'translations',
    /** [{ name, ecosystem, vendor }] */
    proprietarySdks: 'proprietary SDK dependencies',
  },
  languages: {
    /** [{ language, files, code, comment, blank }] sorted by code lines, largest first */
    breakdown: 'files and lines per language',
    /** number: total code lines */
    code: 'lines of code',
    /** string: language with the most code lines */
    primary: 'main language',
  },
  dependencies: {
    /** [{ ecosystem, path, components }] */
    manifests: 'dependency manifests',
    /** number of components in the SBOM */
    components: 'dependencies',
    /** string[] */
    ecosystems: 'package ecosystems',
  },
  publiccode: {
    /** string: path */
    file: 'publiccode.yml',
    /** boolean; errors listed in note */
    valid: 'publiccode.yml valid against its schema',
    /** string */
    developmentStatus: 'development status',
    /** string */
    maintenanceType: 'maintenance type',
    /** string[] */
    maintainers: 'maintainers or contractors',
    /** string[] */
    usedBy: 'users',
    /** string[] of funders named in publiccode.yml */
    funders: 'funders',
  },
} as const;

/** The fact groups, in the order pages show them. */
export type FactGroup = keyof typeof factCatalogue;

/** All facts of a scan, by group and name. */
export type ScanFacts = { [G in FactGroup]: { [N in keyof (typeof factCatalogue)[G]]: Fact } };

function groupSchema<G extends FactGroup>(group: G) {
  const names = Object.keys(factCatalogue[group]);
  return z.object(Object.fromEntries(names.map((name) => [name, Fact])));
}

/** The scan result, version 1. */
export const ScanResult = z.object({
  schemaVersion: z.literal(1),
  scanner: z.object({ name: z.literal('dpg-toolkit'), version: z.string() }),
  /** ISO timestamp. */
  scannedAt: z.string(),
  durationMs: z.number().nonnegative(),
  repository: z.object({
    /** The URL cloned, when the scan started from one. */
    url: z.string().optional(),
    /** The commit scanned. */
    head: z.string().optional(),
    branch: z.string().optional(),
    shallow: z.boolean(),
    empty: z.boolean(),
  }),
  /** True when some facts could not be established; `missing` says which and why. */
  partial: z.boolean(),
  missing: z.array(z.object({ fact: z.string(), reason: z.string() })),
  facts: z.object(
    Object.fromEntries(
      (Object.keys(factCatalogue) as FactGroup[]).map((group) => [group, groupSchema(group)]),
    ),
  ),
});

/** A parsed scan result, with its facts typed by group and name. */
export type ScanResult = Omit<z.infer<typeof ScanResult>, 'facts'> & { facts: ScanFacts };
