import { factCatalogue, type Fact, type FactGroup, type ScanFacts } from '../scan/scan-result.ts';

/** A fact that was found, with its value and one line of evidence. */
export function found(value: unknown, path = 'README.md'): Fact {
  return { state: 'found', value, evidence: [{ kind: 'file', path }] };
}

/** A fact that was looked for and is absent. */
export function notFound(): Fact {
  return { state: 'not_found', evidence: [] };
}

/** A fact the scan could not establish. */
export function inconclusive(note = 'not established'): Fact {
  return { state: 'inconclusive', evidence: [], note };
}

/** A scan in which every fact of the catalogue is inconclusive. */
export function inconclusiveScan(): ScanFacts {
  const groups = Object.keys(factCatalogue) as FactGroup[];
  return Object.fromEntries(
    groups.map((group) => [
      group,
      Object.fromEntries(Object.keys(factCatalogue[group]).map((name) => [name, inconclusive()])),
    ]),
  ) as ScanFacts;
}

/** The date the typical repository is assessed as of. */
export const typicalAsOf = '2026-06-30';

/**
 * The scan of a typical, active open-source web application on GitHub: README with install and usage
 * sections, a docs folder, CI that runs tests, linters, Dependabot, Docker, an OpenAPI file, a few
 * languages, a handful of active contributors from one organisation, regular semantic-version releases;
 * no security policy, governance, roadmap, funding file, static analysis, fuzzing or publiccode.yml.
 * Every fact of the catalogue is set, as a real scan sets them. `changes` replaces facts by group.
 */
export function typicalRepositoryScan(changes: { [G in FactGroup]?: Partial<ScanFacts[G]> } = {}): ScanFacts {
  const scan: ScanFacts = {
    licences: {
      files: found([{ path: 'LICENSE', spdxId: 'MIT', confidence: 0.99 }], 'LICENSE'),
      spdxExpression: found('MIT', 'LICENSE'),
      osiApproved: found(true, 'LICENSE'),
      declared: found([{ path: 'package.json', expression: 'MIT' }], 'package.json'),
      headers: found({ sampled: 200, byId: {} }),
      inconsistencies: notFound(),
    },
    history: {
      firstCommit: found('2020-03-02'),
      lastCommit: found('2026-06-20'),
      commits: found(2480),
      commitsPerMonth: found([{ month: '2026-06', commits: 31 }]),
      authors: found(46),
      activeAuthors: found(7),
      bots: found({ commits: 120, authors: 2 }),
      contributorsByYear: found([
        { year: 2025, new: 6, returning: 4 },
        { year: 2026, new: 3, returning: 5 },
      ]),
      busFactor: found(2),
      elephantFactor: found(1),
      organisations: found([{ organisation: 'example.org', commits: 400, share: 0.8 }]),
      mergeShare: found(0.2),
      signedShare: found(0.05),
    },
    releases: {
      tags: found(34),
      semverTags: found(32),
      latest: found({ tag: 'v3.4.1', date: '2026-05-12' }),
      daysSinceLatest: found(39),
      lastYear: found(6),
      cadenceDays: found(52),
      signedTagShare: found(0),
      changelog: found('CHANGELOG.md', 'CHANGELOG.md'),
    },
    hygiene: {
      readme: found('README.md'),
      readmeSections: found({ install: true, usage: true, contributing: true }),
      docs: found({ path: 'docs', files: 24, bytes: 91_000 }, 'docs'),
      contributing: found('CONTRIBUTING.md', 'CONTRIBUTING.md'),
      codeOfConduct: found('CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.md'),
      governance: notFound(),
      securityPolicy: notFound(),
      funding: notFound(),
      issueTemplates: found(['.github/ISSUE_TEMPLATE/bug.md'], '.github/ISSUE_TEMPLATE/bug.md'),
      roadmap: notFound(),
    },
    engineering: {
      ci: found([{ system: 'github-actions', path: '.github/workflows/ci.yml', runsTests: true }]),
      testRatio: found(0.31),
      lint: found(['eslint.config.js']),
      format: found(['.prettierrc.json']),
      staticAnalysis: notFound(),
      dependencyUpdates: found(['Dependabot'], '.github/dependabot.yml'),
      lockfiles: found(['package-lock.json'], 'package-lock.json'),
      tokenPermissions: found([{ path: '.github/workflows/ci.yml', problem: 'no permissions block' }]),
      unpinnedActions: found([
        { path: '.github/workflows/ci.yml', line: 12, action: 'actions/setup-node@v4' },
      ]),
      dangerousWorkflows: notFound(),
      binaries: notFound(),
      fuzzing: notFound(),
    },
    deployment: {
      dockerfile: found('Dockerfile', 'Dockerfile'),
      compose: found('docker-compose.yml', 'docker-compose.yml'),
      helm: notFound(),
      kubernetes: notFound(),
      terraform: notFound(),
      ansible: notFound(),
      migrations: found(['db/migrations'], 'db/migrations'),
    },
    interoperability: {
      apiDescriptions: found([{ kind: 'openapi', path: 'api/openapi.yaml' }], 'api/openapi.yaml'),
      openStandards: found([{ standard: 'OAuth2', evidence: 'src/auth/oauth.ts' }], 'src/auth/oauth.ts'),
      i18n: found({ languages: ['en', 'fr', 'es'], files: 3 }, 'locales'),
      proprietarySdks: notFound(),
    },
    languages: {
      breakdown: found([{ language: 'TypeScript', files: 640, code: 52_000, comment: 4_000, blank: 7_000 }]),
      code: found(52_000),
      primary: found('TypeScript'),
    },
    dependencies: {
      manifests: found([{ ecosystem: 'npm', path: 'package.json', components: 412 }], 'package.json'),
      components: found(412),
      ecosystems: found(['npm']),
    },
    publiccode: {
      file: notFound(),
      valid: notFound(),
      developmentStatus: notFound(),
      maintenanceType: notFound(),
      maintainers: notFound(),
      usedBy: notFound(),
      funders: notFound(),
    },
  };
  for (const [group, facts] of Object.entries(changes)) Object.assign(scan[group as FactGroup], facts);
  return scan;
}
