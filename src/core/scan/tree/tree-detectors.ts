import { detectDeployment } from '../deployment/detect-deployment.ts';
import { detectEngineering } from '../engineering/detect-engineering.ts';
import { detectHygiene } from '../hygiene/detect-hygiene.ts';
import { detectInteroperability } from '../interoperability/detect-interoperability.ts';
import { detectLanguages } from '../languages/detect-languages.ts';
import { declaredLicences, declaresLicence, type DeclaredLicence } from '../licences/declared-licences.ts';
import { detectLicences } from '../licences/detect-licences.ts';
import { isLicenceFile } from '../licences/licence-files.ts';
import type { ParsedManifest } from '../manifests/dependency.ts';
import { detectDependencies } from '../manifests/detect-dependencies.ts';
import { manifestKind, parseManifest } from '../manifests/manifest-files.ts';
import { buildSbom } from '../manifests/sbom.ts';
import { detectPublicCode } from '../publiccode/detect-publiccode.ts';
import { factCatalogue, type Fact, type ScanFacts } from '../scan-result.ts';
import { inconclusive } from '../tree-fact-builders.ts';
import { isVendored } from '../tree-path.ts';
import type { FilePass, FileText } from './file-pass.ts';
import type { TreeFile } from './read-plan.ts';

/** The fact groups read from the file tree. */
export type TreeFactGroups = Pick<
  ScanFacts,
  | 'licences'
  | 'hygiene'
  | 'engineering'
  | 'deployment'
  | 'interoperability'
  | 'languages'
  | 'dependencies'
  | 'publiccode'
>;

/** The facts of the tree, the facts it could not establish, and the SBOM of its dependencies. */
export interface TreeFacts {
  facts: TreeFactGroups;
  missing: { fact: string; reason: string }[];
  sbom: Record<string, unknown>;
}

/** The tree fact groups, in the order of the contract. */
export const treeFactGroups: (keyof TreeFactGroups)[] = [
  'licences',
  'hygiene',
  'engineering',
  'deployment',
  'interoperability',
  'languages',
  'dependencies',
  'publiccode',
];

/** Manifests parsed (never run), licences they declare, and those that could not be read or parsed. */
function readManifests(kept: Set<string>, textOf: (path: string) => FileText) {
  const manifests: ParsedManifest[] = [];
  const problems: { path: string; problem: string }[] = [];
  const declared: DeclaredLicence[] = [];
  for (const path of [...kept].sort()) {
    const isManifest = manifestKind(path) !== undefined;
    const declares = !isVendored(path) && declaresLicence(path);
    if (!isManifest && !declares) continue;
    const { text, problem } = textOf(path);
    if (text === undefined) {
      problems.push({ path, problem: problem ?? 'not read' });
      continue;
    }
    try {
      const parsed = isManifest ? parseManifest(path, text) : undefined;
      if (parsed) manifests.push(parsed);
      if (declares) declared.push(...declaredLicences(path, text));
    } catch (error) {
      problems.push({
        path,
        problem: `does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      });
    }
  }
  return { manifests, problems, declared };
}

/** The project's own name and version for the SBOM, from the root package.json when there is one. */
function sbomSubject(textOf: (path: string) => FileText): { name: string; version?: string } {
  try {
    const data = JSON.parse(textOf('package.json').text ?? '{}') as { name?: unknown; version?: unknown };
    if (typeof data.name === 'string') {
      return typeof data.version === 'string'
        ? { name: data.name, version: data.version }
        : { name: data.name };
    }
  } catch {
    // not JSON: the generic name below
  }
  return { name: 'scanned-repository' };
}

/** Every inconclusive fact, as `group.name` with its note. */
export function missingFacts(facts: TreeFactGroups): { fact: string; reason: string }[] {
  const missing: { fact: string; reason: string }[] = [];
  for (const group of treeFactGroups) {
    for (const [name, fact] of Object.entries(facts[group])) {
      if (fact.state === 'inconclusive')
        missing.push({ fact: `${group}.${name}`, reason: fact.note ?? 'could not be established' });
    }
  }
  return missing;
}

/**
 * Runs every tree detector on what a pass over the files gathered. `links` are the symbolic links of the
 * tree: never read, but a licence file or README that is a link makes its fact inconclusive, not absent.
 */
export function detectFromPass(
  files: readonly TreeFile[],
  links: readonly string[],
  pass: FilePass,
  toolVersion: string,
): TreeFacts {
  const linked = new Set(links);
  const textOf = (path: string): FileText =>
    pass.texts.get(path) ?? { problem: linked.has(path) ? 'a symbolic link, not followed' : 'not read' };
  const head = (path: string) => pass.heads.get(path);
  const paths = files.map((file) => file.path);
  const { plan } = pass;
  const { manifests, problems, declared } = readManifests(plan.kept, textOf);
  const publiccode = detectPublicCode({
    ...(plan.publiccode ? { path: plan.publiccode, ...textOf(plan.publiccode) } : {}),
    paths,
  });
  const facts: TreeFactGroups = {
    licences: detectLicences({
      files: [...paths, ...links]
        .filter(isLicenceFile)
        .sort()
        .map((path) => ({ path, ...textOf(path) })),
      declared,
      manifestProblems: problems,
      headers: {
        sampled: [...plan.headerSample].filter((path) => pass.seen.has(path)).length,
        found: pass.headers,
      },
      ...(publiccode.licence ? { publiccode: publiccode.licence } : {}),
    }),
    hygiene: detectHygiene({
      files: [...files, ...links.map((path) => ({ path, size: 0 }))],
      ...(plan.readme ? { readme: { path: plan.readme, ...textOf(plan.readme) } } : {}),
    }),
    engineering: detectEngineering({
      files,
      text: textOf,
      sourceFiles: pass.sourceFiles,
      executables: pass.executables,
      fuzzHarnesses: pass.fuzzHarnesses,
    }),
    deployment: detectDeployment({ files, head }),
    interoperability: detectInteroperability({ files, manifests, head }),
    languages: detectLanguages(pass.tally),
    dependencies: detectDependencies({
      manifests,
      problems: problems.filter((problem) => manifestKind(problem.path) !== undefined),
    }),
    publiccode: publiccode.facts,
  };
  return {
    facts,
    missing: missingFacts(facts),
    sbom: buildSbom(manifests, { ...sbomSubject(textOf), toolVersion }),
  };
}

/** Every fact inconclusive for one reason (a tree that cannot even be listed). */
export function inconclusiveTreeFacts(reason: string, toolVersion: string): TreeFacts {
  const fact = (): Fact => inconclusive(reason);
  const facts = Object.fromEntries(
    treeFactGroups.map((group) => [
      group,
      Object.fromEntries(Object.keys(factCatalogue[group]).map((name) => [name, fact()])),
    ]),
  ) as TreeFactGroups;
  return {
    facts,
    missing: missingFacts(facts),
    sbom: buildSbom([], { name: 'scanned-repository', toolVersion }),
  };
}
