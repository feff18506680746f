import { derivedEvidence, found, inconclusive, manifestEvidence, notFound } from '../tree-fact-builders.ts';
import type { ScanFacts } from '../scan-result.ts';
import type { ParsedManifest } from './dependency.ts';
import { sbomComponents } from './sbom.ts';

/** What the dependency detector reads: the manifests parsed, and those that could not be. */
export interface DependencyInput {
  manifests: ParsedManifest[];
  problems: { path: string; problem: string }[];
}

/** The `dependencies` facts: manifests with their component counts, distinct components, ecosystems. */
export function detectDependencies(input: DependencyInput): ScanFacts['dependencies'] {
  const { manifests, problems } = input;
  const note =
    problems.length > 0
      ? `not read: ${problems.map((problem) => `${problem.path} (${problem.problem})`).join(', ')}`
      : undefined;
  if (manifests.length === 0) {
    if (problems.length > 0) {
      const evidence = problems.map((problem) => manifestEvidence(problem.path, problem.problem));
      return {
        manifests: inconclusive(note!, evidence),
        components: inconclusive(note!, evidence),
        ecosystems: inconclusive(note!, evidence),
      };
    }
    const none = 'no package manifest of npm, PyPI, Maven, Gradle, Go, Cargo, Composer, RubyGems or NuGet';
    return { manifests: notFound(none), components: notFound(none), ecosystems: notFound(none) };
  }
  const evidence = manifests.map((manifest) =>
    manifestEvidence(
      manifest.path,
      `${manifest.dependencies.length} ${manifest.kind === 'lockfile' ? 'locked packages' : 'dependencies'}`,
    ),
  );
  const components = sbomComponents(manifests).length;
  const ecosystems = [...new Set(manifests.map((manifest) => manifest.ecosystem))].sort();
  return {
    manifests: found(
      manifests.map((manifest) => ({
        ecosystem: manifest.ecosystem,
        path: manifest.path,
        components: manifest.dependencies.length,
      })),
      evidence,
      note,
    ),
    components: found(
      components,
      [derivedEvidence(`${components} distinct package URLs in the CycloneDX SBOM`)],
      note,
    ),
    ecosystems: found(ecosystems, evidence, note),
  };
}
