import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import spdxFull from 'spdx-license-list/full.js';
import { Fact } from '../core/scan/scan-result.ts';
import { createDirectoryTree } from './directory-tree.ts';
import { detectTreeFacts, type TreeFacts } from './tree-facts.ts';

const licence = (id: string) => spdxFull[id]!.licenseText;
const folders: string[] = [];

async function repository(
  files: Record<string, string | Buffer>,
  extra?: (root: string) => Promise<void>,
): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dpg-tree-facts-'));
  folders.push(root);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  await extra?.(root);
  return root;
}

const longDescription =
  'Records for district clinics: registration, visits, stock and reports, working offline and in several languages. '.repeat(
    2,
  );

const main: Record<string, string | Buffer> = {
  LICENSE: licence('Apache-2.0'),
  NOTICE: 'Demo\nCopyright 2024 The Demo Authors\n',
  'LICENSES/Apache-2.0.txt': licence('Apache-2.0'),
  'LICENSES/GPL-3.0-or-later.txt': licence('GPL-3.0-or-later'),
  'README.md':
    '# Demo\n\n## Installation\n\nnpm ci\n\n## Utilisation\n\nnpm start\n\n## Contributing\n\nSee CONTRIBUTING.md\n',
  'CONTRIBUTING.md': '# Contributing\n',
  'CODE_OF_CONDUCT.md': '# Code of conduct\n',
  '.github/SECURITY.md': '# Security\n',
  'GOVERNANCE.md': '# Governance\n',
  'docs/ROADMAP.md': '# Roadmap\n',
  'docs/guide.md': '# Guide\n\nText.\n',
  '.github/FUNDING.yml': 'open_collective: demo\n',
  '.github/ISSUE_TEMPLATE/bug.md': '---\nname: Bug\n---\n',
  '.github/dependabot.yml': 'version: 2\n',
  '.eslintrc.json': '{}\n',
  '.prettierrc': '{}\n',
  '.github/workflows/ci.yml':
    'name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: github/codeql-action/init@v3\n      - uses: someone/setup-thing@v1\n      - run: npm ci && npm test\n',
  '.github/workflows/pr.yml':
    'on: pull_request_target\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n',
  'package.json': JSON.stringify(
    {
      name: 'demo',
      version: '1.2.3',
      license: 'Apache-2.0',
      dependencies: { firebase: '^10.0.0', 'openid-client': '^5.0.0' },
      devDependencies: { jest: '^29.0.0' },
    },
    null,
    2,
  ),
  'package-lock.json': JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { name: 'demo' },
      'node_modules/firebase': { version: '10.7.0' },
      'node_modules/openid-client': { version: '5.6.4' },
      'node_modules/jest': { version: '29.7.0', dev: true },
    },
  }),
  'services/ml/requirements.txt': 'numpy==1.26.4\nfhir.resources==7.1.0\n',
  'services/ml/pyproject.toml':
    '[project]\nname = "ml"\nlicense = "Apache-2.0"\ndependencies = ["pandas>=2"]\n',
  'services/api/pom.xml':
    '<project><licenses><license><name>The Apache Software License, Version 2.0</name></license></licenses><dependencies><dependency><groupId>ca.uhn.hapi.fhir</groupId><artifactId>hapi-fhir-base</artifactId><version>7.0.0</version></dependency></dependencies></project>',
  'services/api/build.gradle':
    "dependencies {\n  implementation 'com.google.firebase:firebase-admin:9.2.0'\n}\n",
  'services/go/go.mod': 'module example.org/demo\n\nrequire github.com/gorilla/mux v1.8.1\n',
  'services/rust/Cargo.toml':
    '[package]\nname = "demo"\nlicense = "Apache-2.0"\n[dependencies]\nserde = "1.0"\n',
  'services/rust/Cargo.lock':
    '[[package]]\nname = "serde"\nversion = "1.0.197"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
  'services/php/composer.json': '{"license": "Apache-2.0", "require": {"monolog/monolog": "^3.0"}}',
  'services/php/composer.lock': '{"packages": [{"name": "monolog/monolog", "version": "3.5.0"}]}',
  'services/ruby/Gemfile': "gem 'rails', '~> 7.1'\n",
  'services/ruby/Gemfile.lock': 'GEM\n  specs:\n    rails (7.1.3)\n',
  'services/ruby/demo.gemspec': "Gem::Specification.new do |s|\n  s.license = 'MIT'\nend\n",
  'services/dotnet/App.csproj':
    '<Project><ItemGroup><PackageReference Include="Newtonsoft.Json" Version="13.0.3" /></ItemGroup></Project>',
  'services/dotnet/packages.config': '<packages><package id="NUnit" version="3.14.0" /></packages>',
  'src/index.ts':
    '// SPDX-License-Identifier: Apache-2.0\n/** Entry. */\nexport const answer = 42;\n\n// end\n',
  'src/native/gpl.c': '/* SPDX-License-Identifier: GPL-3.0-or-later */\nint main(void) { return 0; }\n',
  'test/index.test.ts': "import { answer } from '../src/index.ts';\nconsole.log(answer);\n",
  'fuzz/fuzz_parse.c':
    'int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size) { return 0; }\n',
  Dockerfile: 'FROM node:24\n# build\nRUN npm ci\n',
  'docker-compose.yml': 'services:\n  app:\n    build: .\n',
  'charts/demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: demo\n',
  'infra/main.tf': 'resource "null_resource" "x" {}\n',
  'ansible/site.yml': '- hosts: all\n  tasks:\n    - ping:\n',
  'db/migrations/001_init.sql': 'CREATE TABLE a (id int);\n',
  'api/openapi.yaml': 'openapi: 3.1.0\ninfo:\n  title: Demo\n',
  'api/schema.graphql': 'type Query { a: Int }\n',
  'api/demo.proto': 'syntax = "proto3";\n',
  'locales/fr.json': '{}\n',
  'locales/es.json': '{}\n',
  'lib/vendor.jar': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
  'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
  'src/generated.ts': `export const big = [\n${'  1,\n'.repeat(20000)}];\n`,
  'node_modules/left-pad/index.js': 'module.exports = 1;\n',
  'node_modules/left-pad/package.json': '{"name": "left-pad", "license": "WTFPL"}',
  'publiccode.yml': `publiccodeYmlVersion: "0"
name: Demo
url: "https://example.org/demo.git"
platforms: [web]
developmentStatus: beta
softwareType: standalone/web
usedBy: [Ministry of Health]
fundedBy:
  - name: Example Fund
    uri: "https://example.org/fund"
description:
  en:
    shortDescription: Clinic records
    longDescription: >
      ${longDescription}
    features: [Offline]
legal:
  license: Apache-2.0
maintenance:
  type: community
  contacts:
    - name: Ana Pereira
localisation:
  localisationReady: true
  availableLanguages: [en, fr, es]
`,
};

let facts: TreeFacts;
const steps: string[] = [];

before(async () => {
  const root = await repository(main, async (folder) => {
    await symlink('/etc/passwd', path.join(folder, 'passwd'));
    await symlink('/etc/passwd', path.join(folder, 'LICENSE.txt'));
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
    await mkdir(path.join(folder, 'bin'), { recursive: true });
    await writeFile(path.join(folder, 'bin/tool'), elf);
    await chmod(path.join(folder, 'bin/tool'), 0o755);
    await writeFile(
      Buffer.concat([Buffer.from(`${folder}/src/caf`), Buffer.from([0xe9]), Buffer.from('.ts')]),
      'export const cafe = 1;\n',
    );
  });
  facts = await detectTreeFacts(createDirectoryTree(root), {
    maxFileBytes: 64 * 1024,
    onProgress: (step) => steps.push(step),
  });
});

after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

test('every fact of every group is present and follows the contract', () => {
  for (const [group, named] of Object.entries(facts.facts)) {
    for (const [name, fact] of Object.entries(named))
      assert.doesNotThrow(() => Fact.parse(fact), `${group}.${name}`);
  }
  assert.deepEqual(steps.slice(0, 1), ['listing files']);
  assert.ok(steps.includes('analysing'));
});

test('licences: files by text, REUSE folder, declarations, headers and the disagreements between them', () => {
  const { licences } = facts.facts;
  assert.deepEqual(
    (licences.files.value as { path: string; spdxId: string }[]).map((file) => [file.path, file.spdxId]),
    [
      ['LICENSE', 'Apache-2.0'],
      ['LICENSE.txt', null],
      ['LICENSES/Apache-2.0.txt', 'Apache-2.0'],
      ['LICENSES/GPL-3.0-or-later.txt', 'GPL-3.0-or-later'],
    ],
  );
  assert.match(licences.files.note!, /LICENSE\.txt: a symbolic link, not followed/);
  assert.equal(licences.spdxExpression.value, 'Apache-2.0');
  assert.equal(licences.osiApproved.value, true);
  const declared = licences.declared.value as { path: string; expression: string }[];
  assert.ok(
    declared.some((item) => item.path === 'services/api/pom.xml' && item.expression === 'Apache-2.0'),
  );
  assert.ok(declared.some((item) => item.path === 'services/ruby/demo.gemspec' && item.expression === 'MIT'));
  assert.ok(!declared.some((item) => item.path.startsWith('node_modules/')));
  assert.deepEqual((licences.headers.value as { byId: Record<string, number> }).byId, {
    'Apache-2.0': 1,
    'GPL-3.0-or-later': 1,
  });
  const problems = licences.inconsistencies.value as string[];
  assert.ok(problems.some((text) => text.includes('demo.gemspec declares MIT')));
  assert.ok(problems.some((text) => text.includes('SPDX-License-Identifier GPL-3.0-or-later')));
});

test('hygiene: README sections in two languages and the community files', () => {
  const { hygiene } = facts.facts;
  assert.equal(hygiene.readme.value, 'README.md');
  assert.deepEqual(hygiene.readmeSections.value, { install: true, usage: true, contributing: true });
  assert.deepEqual(hygiene.docs.value, {
    path: 'docs',
    files: 2,
    bytes: '# Roadmap\n'.length + '# Guide\n\nText.\n'.length,
  });
  assert.equal(hygiene.contributing.value, 'CONTRIBUTING.md');
  assert.equal(hygiene.codeOfConduct.value, 'CODE_OF_CONDUCT.md');
  assert.equal(hygiene.securityPolicy.value, '.github/SECURITY.md');
  assert.equal(hygiene.governance.value, 'GOVERNANCE.md');
  assert.equal(hygiene.roadmap.value, 'docs/ROADMAP.md');
  assert.equal(hygiene.funding.value, '.github/FUNDING.yml');
  assert.deepEqual(hygiene.issueTemplates.value, ['.github/ISSUE_TEMPLATE/bug.md']);
});

test('engineering: CI running tests, hardening problems with lines, binaries, fuzzing', () => {
  const { engineering } = facts.facts;
  assert.deepEqual(engineering.ci.value, [
    { system: 'GitHub Actions', path: '.github/workflows/ci.yml', runsTests: true },
    { system: 'GitHub Actions', path: '.github/workflows/pr.yml', runsTests: false },
  ]);
  assert.equal(engineering.ci.evidence[0]?.line, 10);
  assert.deepEqual(engineering.staticAnalysis.value, ['CodeQL']);
  assert.deepEqual(engineering.dependencyUpdates.value, ['Dependabot']);
  assert.deepEqual(engineering.lint.value, ['.eslintrc.json']);
  assert.deepEqual(engineering.format.value, ['.prettierrc']);
  assert.deepEqual(engineering.lockfiles.value, [
    'package-lock.json',
    'services/php/composer.lock',
    'services/ruby/Gemfile.lock',
    'services/rust/Cargo.lock',
  ]);
  assert.deepEqual(engineering.tokenPermissions.value, [
    { path: '.github/workflows/ci.yml', problem: 'no top-level permissions block' },
    { path: '.github/workflows/pr.yml', problem: 'top-level permissions: write-all' },
  ]);
  assert.deepEqual(engineering.unpinnedActions.value, [
    { path: '.github/workflows/ci.yml', line: 9, action: 'someone/setup-thing@v1' },
  ]);
  assert.deepEqual(engineering.dangerousWorkflows.value, [{ path: '.github/workflows/pr.yml', line: 9 }]);
  assert.deepEqual(engineering.binaries.value, ['bin/tool', 'lib/vendor.jar']);
  assert.deepEqual(engineering.fuzzing.value, ['fuzz/fuzz_parse.c']);
  assert.equal(typeof engineering.testRatio.value, 'number');
});

test('deployment files and migrations', () => {
  const { deployment } = facts.facts;
  assert.deepEqual(deployment.dockerfile.value, ['Dockerfile']);
  assert.deepEqual(deployment.compose.value, ['docker-compose.yml']);
  assert.deepEqual(deployment.helm.value, ['charts/demo']);
  assert.deepEqual(deployment.kubernetes.value, ['k8s/deployment.yaml']);
  assert.deepEqual(deployment.terraform.value, ['infra']);
  assert.deepEqual(deployment.ansible.value, ['ansible/site.yml']);
  assert.deepEqual(deployment.migrations.value, ['db/migrations']);
});

test('interoperability: API descriptions, open standards, translations, proprietary SDKs', () => {
  const { interoperability } = facts.facts;
  assert.deepEqual(interoperability.apiDescriptions.value, [
    { kind: 'protobuf', path: 'api/demo.proto' },
    { kind: 'openapi', path: 'api/openapi.yaml' },
    { kind: 'graphql', path: 'api/schema.graphql' },
  ]);
  const standards = (interoperability.openStandards.value as { standard: string }[]).map(
    (item) => item.standard,
  );
  assert.deepEqual(standards.sort(), ['HL7 FHIR', 'OpenID Connect']);
  assert.deepEqual(interoperability.i18n.value, { languages: ['es', 'fr'], files: 2 });
  assert.deepEqual(
    (interoperability.proprietarySdks.value as { name: string; vendor: string }[])
      .map((sdk) => `${sdk.name} (${sdk.vendor})`)
      .sort(),
    ['com.google.firebase:firebase-admin (Google Firebase)', 'firebase (Google Firebase)'],
  );
});

test('languages: counted by extension, vendored folders left out, the huge file counted in part', () => {
  const { languages } = facts.facts;
  const breakdown = languages.breakdown.value as { language: string; files: number; code: number }[];
  assert.equal(languages.primary.value, 'TypeScript');
  const typescript = breakdown.find((row) => row.language === 'TypeScript')!;
  assert.equal(typescript.files, 4);
  assert.ok(!breakdown.some((row) => row.language === 'JavaScript'), 'node_modules is not counted');
  assert.match(languages.breakdown.note!, /vendored/);
  assert.match(languages.breakdown.note!, /counted in part: src\/generated\.ts/);
});

test('dependencies of every ecosystem, and a valid CycloneDX 1.6 SBOM', async () => {
  const { dependencies } = facts.facts;
  assert.deepEqual(dependencies.ecosystems.value, [
    'cargo',
    'composer',
    'gem',
    'golang',
    'maven',
    'npm',
    'nuget',
    'pypi',
  ]);
  const manifests = (dependencies.manifests.value as { path: string }[]).map((manifest) => manifest.path);
  assert.ok(
    manifests.includes('services/dotnet/App.csproj') && manifests.includes('services/ruby/Gemfile.lock'),
  );
  assert.ok(!manifests.some((manifest) => manifest.startsWith('node_modules/')));
  assert.equal(dependencies.components.value, (facts.sbom.components as unknown[]).length);
  const metadata = facts.sbom.metadata as { component: { name: string; version: string } };
  assert.deepEqual([metadata.component.name, metadata.component.version], ['demo', '1.2.3']);
  assert.equal(
    await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(JSON.stringify(facts.sbom)),
    null,
  );
});

test('publiccode.yml facts', () => {
  const { publiccode } = facts.facts;
  assert.equal(publiccode.valid.value, true, publiccode.valid.note);
  assert.equal(publiccode.developmentStatus.value, 'beta');
  assert.equal(publiccode.maintenanceType.value, 'community');
  assert.deepEqual(publiccode.maintainers.value, ['Ana Pereira']);
  assert.deepEqual(publiccode.usedBy.value, ['Ministry of Health']);
  assert.deepEqual(publiccode.funders.value, ['Example Fund']);
});

test('nothing was missed in the full repository, and nothing from outside it was read', () => {
  assert.deepEqual(facts.missing, []);
  assert.doesNotMatch(JSON.stringify(facts), /root:x?:0:0/);
});

test('dual licence files take their operator from the manifest; GPL beside LGPL is not a licence of its own', async () => {
  const dual = await detectTreeFacts(
    createDirectoryTree(
      await repository({
        'LICENSE-MIT': licence('MIT'),
        'LICENSE-APACHE': licence('Apache-2.0'),
        'Cargo.toml': '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n',
      }),
    ),
  );
  assert.equal(dual.facts.licences.spdxExpression.value, 'MIT OR Apache-2.0');
  assert.equal(dual.facts.licences.inconsistencies.state, 'not_found');
  const lesser = licence('LGPL-3.0-only').split('GNU GENERAL PUBLIC LICENSE')[0]!;
  const lgpl = await detectTreeFacts(
    createDirectoryTree(await repository({ COPYING: licence('GPL-3.0-only'), 'COPYING.LESSER': lesser })),
  );
  assert.equal(lgpl.facts.licences.spdxExpression.value, 'LGPL-3.0-only');
  const oneFile = await detectTreeFacts(
    createDirectoryTree(
      await repository({
        LICENSE: `${licence('MIT')}\n\nAlternatively, at your option:\n\n${licence('Apache-2.0')}`,
      }),
    ),
  );
  assert.match(
    String(oneFile.facts.licences.spdxExpression.value),
    /^(MIT OR Apache-2\.0|Apache-2\.0 OR MIT)$/,
  );
});

test('a licence file too large to read makes the files fact inconclusive, never absent', async () => {
  const huge = await detectTreeFacts(
    createDirectoryTree(
      await repository({
        LICENSE: licence('GPL-3.0-only').repeat(3),
        'package.json': '{"license": "GPL-3.0-or-later"}',
      }),
    ),
    { maxFileBytes: 16 * 1024 },
  );
  assert.equal(huge.facts.licences.files.state, 'inconclusive');
  assert.match(huge.facts.licences.files.note!, /read limit/);
  assert.equal(huge.facts.licences.spdxExpression.value, 'GPL-3.0-or-later');
  assert.ok(huge.missing.some((item) => item.fact === 'licences.files'));
});

test('a README and a licence that are only symbolic links: inconclusive, never absent', async () => {
  const linked = await detectTreeFacts(
    createDirectoryTree(
      await repository({ 'docs/README.md': '# Docs\n' }, async (root) => {
        await symlink('docs/README.md', path.join(root, 'README.md'));
        await symlink('/etc/passwd', path.join(root, 'LICENSE'));
      }),
    ),
  );
  assert.equal(linked.facts.hygiene.readme.value, 'README.md');
  assert.equal(linked.facts.hygiene.readmeSections.state, 'inconclusive');
  assert.equal(linked.facts.licences.files.state, 'inconclusive');
  assert.equal(linked.facts.licences.spdxExpression.state, 'inconclusive');
});

test('an empty folder: facts not found, languages not found, an empty but valid SBOM', async () => {
  const empty = await detectTreeFacts(createDirectoryTree(await repository({})));
  assert.equal(empty.facts.licences.spdxExpression.state, 'not_found');
  assert.equal(empty.facts.languages.primary.state, 'not_found');
  assert.equal(empty.facts.dependencies.components.state, 'not_found');
  assert.deepEqual(empty.missing, []);
});

test('a tree that cannot be listed makes every fact inconclusive', async () => {
  const broken = await detectTreeFacts(createDirectoryTree('/nonexistent/dpg-folder'));
  assert.equal(broken.facts.hygiene.readme.state, 'inconclusive');
  assert.equal(
    broken.missing.length,
    Object.values(broken.facts).reduce((sum, group) => sum + Object.keys(group).length, 0),
  );
});
