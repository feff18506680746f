import { isBuiltArtifactName } from '../binary-files.ts';
import {
  derivedEvidence,
  fileEvidence,
  found,
  inconclusive,
  manifestEvidence,
  notFound,
} from '../tree-fact-builders.ts';
import type { Evidence, Fact, ScanFacts } from '../scan-result.ts';
import { baseName, isVendored } from '../tree-path.ts';
import { ciSystemOf, staticAnalysisTools, testCommandLine } from './ci-systems.ts';
import { fuzzInCi, fuzzPath } from './fuzzing.ts';
import {
  dependencyUpdateTools,
  isFormatConfig,
  isLintConfig,
  isLockfile,
  pythonToolSections,
} from './quality-files.ts';
import { isTestFile } from './test-files.ts';
import { workflowFacts } from './workflow-facts.ts';

/** What the engineering detector reads. */
export interface EngineeringInput {
  /** Every file of the tree (not symlinks or submodules). */
  files: readonly { path: string; size: number }[];
  /** The text of a file the detector asked for (CI files, package.json, pyproject.toml…), or why it has none. */
  text: (path: string) => { text?: string; problem?: string };
  /** Source files in a programming language, outside vendored folders. */
  sourceFiles: readonly string[];
  /** Files whose first bytes are an executable format (ELF, PE, Mach-O). */
  executables: readonly { path: string; format: string }[];
  /** Source files with a fuzzing harness. */
  fuzzHarnesses: readonly { path: string; tool: string }[];
}

/** True for the files whose text this detector needs. */
export function engineeringReads(path: string): boolean {
  if (isVendored(path)) return false;
  const name = baseName(path).toLowerCase();
  return (
    ciSystemOf(path) !== undefined ||
    [
      'package.json',
      'pyproject.toml',
      'setup.cfg',
      'tox.ini',
      'sonar-project.properties',
      '.semgrep.yml',
      '.semgrep.yaml',
    ].includes(name)
  );
}

const maxListed = 200;

function listFact(
  paths: string[],
  what: string,
  evidenceOf: (path: string) => Evidence = (path) => fileEvidence(path),
): Fact {
  if (paths.length === 0) return notFound(`no ${what}`);
  const note = paths.length > maxListed ? `${paths.length} in all; the first ${maxListed} listed` : undefined;
  return found(paths.slice(0, maxListed), paths.slice(0, 20).map(evidenceOf), note);
}

/** The `engineering` facts. */
export function detectEngineering(input: EngineeringInput): ScanFacts['engineering'] {
  const paths = input.files.map((file) => file.path);
  const ciFiles = paths.filter((path) => ciSystemOf(path) !== undefined && !isVendored(path));
  const ciTexts = ciFiles.map((path) => ({ path, ...input.text(path) }));
  const unreadableCi = ciTexts.filter((file) => file.text === undefined);

  const ci = (() => {
    if (ciFiles.length === 0)
      return notFound(
        'no configuration of GitHub Actions, GitLab CI, Jenkins, CircleCI, Azure Pipelines, Travis CI, Bitbucket, Drone, Woodpecker or other known CI',
      );
    const value = ciTexts.map((file) => {
      const testLine = file.text === undefined ? undefined : testCommandLine(file.text);
      return {
        system: ciSystemOf(file.path)!,
        path: file.path,
        runsTests: file.text === undefined ? null : testLine !== undefined,
        testLine,
      };
    });
    const evidence = value.map((row) =>
      row.testLine
        ? fileEvidence(row.path, row.testLine.line, row.testLine.text)
        : fileEvidence(row.path, undefined, row.system),
    );
    const note =
      unreadableCi.length > 0
        ? `not read: ${unreadableCi.map((file) => `${file.path} (${file.problem ?? 'unreadable'})`).join(', ')}`
        : undefined;
    return found(
      value.map(({ system, path, runsTests }) => ({ system, path, runsTests })),
      evidence,
      note,
    );
  })();

  const testRatio = (() => {
    const sources = input.sourceFiles;
    if (sources.length === 0) return notFound('no source files in a programming language');
    const tests = sources.filter(isTestFile);
    const others = sources.length - tests.length;
    const evidence = [
      derivedEvidence(`${tests.length} test files, ${others} other source files`),
      ...tests.slice(0, 5).map((path) => fileEvidence(path)),
    ];
    if (others === 0) return found(null, evidence, 'every source file is a test file');
    return found(
      Math.round((tests.length / others) * 1000) / 1000,
      evidence,
      tests.length === 0 ? 'no test files found by name or folder' : undefined,
    );
  })();

  const pythonConfigs = (section: RegExp) =>
    ['pyproject.toml', 'setup.cfg', 'tox.ini'].filter(
      (name) => paths.includes(name) && section.test(input.text(name).text ?? ''),
    );
  const packageKeys = (key: string) =>
    paths.includes('package.json') && new RegExp(`"${key}"\\s*:`).test(input.text('package.json').text ?? '')
      ? ['package.json']
      : [];
  const projectPaths = paths.filter((path) => !isVendored(path));
  const lint = [
    ...projectPaths.filter(isLintConfig),
    ...pythonConfigs(pythonToolSections.lint),
    ...packageKeys('eslintConfig'),
  ];
  const format = [
    ...projectPaths.filter(isFormatConfig),
    ...pythonConfigs(pythonToolSections.format),
    ...packageKeys('prettier'),
  ];

  const staticAnalysis = (() => {
    const tools = new Map<string, Evidence>();
    const sources = [
      ...ciTexts,
      ...['sonar-project.properties', '.semgrep.yml', '.semgrep.yaml']
        .filter((path) => paths.includes(path))
        .map((path) => ({ path, ...input.text(path) })),
    ];
    for (const path of paths.filter((path) => /^\.github\/codeql\//.test(path)))
      if (!tools.has('CodeQL')) tools.set('CodeQL', fileEvidence(path));
    for (const file of sources) {
      if (file.text === undefined) continue;
      const lines = file.text.split(/\r?\n/);
      for (const { tool, pattern } of staticAnalysisTools) {
        if (tools.has(tool)) continue;
        const index = lines.findIndex((line) => !/^\s*#/.test(line) && pattern.test(line));
        if (index >= 0) tools.set(tool, fileEvidence(file.path, index + 1, lines[index]!.trim()));
      }
    }
    if (tools.size === 0) {
      if (ciFiles.length === 0) return notFound('no CI configuration to run static analysis');
      return unreadableCi.length === ciFiles.length
        ? inconclusive('CI configurations could not be read')
        : notFound('no CodeQL, Semgrep, SonarCloud or other known analyser in CI');
    }
    return found([...tools.keys()], [...tools.values()]);
  })();

  const dependencyUpdates = (() => {
    const hits: { tool: string; evidence: Evidence }[] = [];
    for (const { tool, path } of dependencyUpdateTools) {
      const hit = paths.find((candidate) => path.test(candidate));
      if (hit) hits.push({ tool, evidence: fileEvidence(hit) });
    }
    if (!hits.some((hit) => hit.tool === 'Renovate') && packageKeys('renovate').length > 0)
      hits.push({ tool: 'Renovate', evidence: manifestEvidence('package.json', 'renovate') });
    return hits.length === 0
      ? notFound('no Dependabot, Renovate, PyUp or Depfu configuration')
      : found(
          hits.map((hit) => hit.tool),
          hits.map((hit) => hit.evidence),
        );
  })();

  const hardening = workflowFacts(ciTexts.filter((file) => /^\.github\/workflows\//.test(file.path)));

  const binaries = (() => {
    const byName = paths.filter(isBuiltArtifactName);
    const byContent = input.executables.filter((file) => !byName.includes(file.path));
    const all = [...byName, ...byContent.map((file) => file.path)].sort(
      (a, b) => Number(isVendored(a)) - Number(isVendored(b)) || a.localeCompare(b),
    );
    const formats = new Map(input.executables.map((file) => [file.path, file.format]));
    const fact = listFact(all, 'executables, compiled objects or archives', (path) =>
      fileEvidence(path, undefined, formats.get(path) ?? 'by extension'),
    );
    const vendored = all.filter(isVendored).length;
    if (vendored > 0)
      fact.note = [`${vendored} of them in vendored folders, listed last`, fact.note]
        .filter(Boolean)
        .join('; ');
    return fact;
  })();

  const fuzzing = (() => {
    const hits = new Map<string, string>();
    for (const path of paths) if (fuzzPath.test(path)) hits.set(path, 'fuzzing folder');
    for (const harness of input.fuzzHarnesses) hits.set(harness.path, harness.tool);
    for (const file of ciTexts)
      if (file.text !== undefined && fuzzInCi.test(file.text))
        hits.set(file.path, 'OSS-Fuzz / ClusterFuzzLite in CI');
    const list = [...hits.keys()].sort();
    return listFact(
      list,
      'fuzzing harness (OSS-Fuzz, ClusterFuzzLite, Go fuzz tests, cargo-fuzz, libFuzzer, Jazzer, Atheris…)',
      (path) => fileEvidence(path, undefined, hits.get(path)),
    );
  })();

  return {
    ci,
    testRatio,
    lint: listFact(lint, 'lint configuration'),
    format: listFact(format, 'format configuration'),
    staticAnalysis,
    dependencyUpdates,
    lockfiles: listFact(projectPaths.filter(isLockfile), 'lockfile'),
    ...hardening,
    binaries,
    fuzzing,
  };
}
