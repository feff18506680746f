import { derivedEvidence, fileEvidence, found, manifestEvidence, notFound } from '../tree-fact-builders.ts';
import type { Dependency, ParsedManifest } from '../manifests/dependency.ts';
import type { Evidence, ScanFacts } from '../scan-result.ts';
import { extension, isVendored } from '../tree-path.ts';
import { dependencyKey } from './dependency-key.ts';
import { localeOf } from './locale-files.ts';
import { openStandards } from './open-standards.ts';
import { proprietarySdks } from './proprietary-sdks.ts';

/** What the interoperability detector reads. */
export interface InteroperabilityInput {
  files: readonly { path: string }[];
  manifests: readonly ParsedManifest[];
  /** The first kilobytes of YAML, JSON, XML and RDF files outside vendored folders. */
  head: (path: string) => string | undefined;
}

/** True for the files whose first kilobytes this detector (and the deployment one) looks into. */
export function sniffsHead(path: string): boolean {
  return !isVendored(path) && /^(ya?ml|json|jsonld|xml|xsd|rdf|ttl|xform)$/.test(extension(path));
}

type ApiKind = 'openapi' | 'asyncapi' | 'graphql' | 'protobuf';

/** The kind of API description a file is, from its extension or its first keys. */
export function apiKind(path: string, head: string | undefined): ApiKind | undefined {
  const ext = extension(path);
  if (ext === 'graphql' || ext === 'graphqls' || ext === 'gql') return 'graphql';
  if (ext === 'proto') return 'protobuf';
  if (head === undefined) return undefined;
  if (/^\s*["']?(openapi|swagger)["']?\s*:\s*["']?(3\.|2\.0)/m.test(head)) return 'openapi';
  if (/^\s*["']?asyncapi["']?\s*:\s*["']?[23]\./m.test(head)) return 'asyncapi';
  return undefined;
}

function firstMajor(dependency: Dependency): number | undefined {
  const text = dependency.version ?? dependency.range;
  const match = text === undefined ? undefined : /(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The `interoperability` facts. */
export function detectInteroperability(input: InteroperabilityInput): ScanFacts['interoperability'] {
  const paths = input.files.map((file) => file.path).filter((path) => !isVendored(path));
  const withManifest = input.manifests.flatMap((manifest) =>
    manifest.dependencies.map((dependency) => ({
      dependency,
      path: manifest.path,
      key: dependencyKey(dependency),
    })),
  );

  const apis = paths.flatMap((path) => {
    const kind = apiKind(path, input.head(path));
    return kind ? [{ kind, path }] : [];
  });

  const standards = new Map<string, { evidence: string; proof: Evidence }>();
  for (const signature of openStandards) {
    const byDependency = withManifest.find((item) =>
      signature.dependencies?.some(
        (rule) =>
          (rule.ecosystem === undefined || rule.ecosystem === item.dependency.ecosystem) &&
          rule.name.test(item.key),
      ),
    );
    if (byDependency) {
      standards.set(signature.standard, {
        evidence: `dependency ${byDependency.key} in ${byDependency.path}`,
        proof: manifestEvidence(byDependency.path, byDependency.key),
      });
      continue;
    }
    const byFile = signature.files ? paths.find((path) => signature.files!.test(path)) : undefined;
    if (byFile) {
      standards.set(signature.standard, { evidence: `file ${byFile}`, proof: fileEvidence(byFile) });
      continue;
    }
    const byContent = signature.content
      ? paths.find((path) => signature.content!.test(input.head(path) ?? ''))
      : undefined;
    if (byContent)
      standards.set(signature.standard, {
        evidence: `content of ${byContent}`,
        proof: fileEvidence(byContent, undefined, signature.content!.exec(input.head(byContent) ?? '')?.[0]),
      });
  }

  const locales = new Map<string, string[]>();
  for (const path of paths) {
    const tag = localeOf(path);
    if (tag === undefined) continue;
    const list = locales.get(tag) ?? [];
    list.push(path);
    locales.set(tag, list);
  }
  const localeFiles = [...locales.values()].reduce((sum, list) => sum + list.length, 0);

  const sdks = new Map<string, { name: string; ecosystem: string; vendor: string; path: string }>();
  for (const { dependency, path, key } of withManifest) {
    const rule = proprietarySdks.find(
      (row) => (row.ecosystem === undefined || row.ecosystem === dependency.ecosystem) && row.name.test(key),
    );
    if (!rule) continue;
    if (rule.fromMajor !== undefined) {
      const major = firstMajor(dependency);
      if (major === undefined || major < rule.fromMajor) continue;
    }
    const id = `${dependency.ecosystem}:${key}`;
    if (!sdks.has(id))
      sdks.set(id, { name: key, ecosystem: dependency.ecosystem, vendor: rule.vendor, path });
  }

  return {
    apiDescriptions:
      apis.length === 0
        ? notFound('no OpenAPI, AsyncAPI, GraphQL or Protocol Buffers file')
        : found(
            apis,
            apis.slice(0, 20).map((api) => fileEvidence(api.path, undefined, api.kind)),
          ),
    openStandards:
      standards.size === 0
        ? notFound('no known open-standard library, file or namespace')
        : found(
            [...standards].map(([standard, { evidence }]) => ({ standard, evidence })),
            [...standards.values()].map((item) => item.proof),
          ),
    i18n:
      locales.size === 0
        ? notFound(
            'no translation files (gettext, XLIFF, locales/, i18n/, Android values-xx, Rails config/locales…)',
          )
        : found(
            { languages: [...locales.keys()].sort(), files: localeFiles },
            [...locales].slice(0, 20).map(([tag, list]) => fileEvidence(list[0]!, undefined, tag)),
          ),
    proprietarySdks:
      sdks.size === 0
        ? notFound(
            input.manifests.length === 0
              ? 'no dependency manifests to check'
              : 'no known proprietary SDK among the dependencies',
            input.manifests.length === 0
              ? []
              : [derivedEvidence(`${withManifest.length} dependencies checked`)],
          )
        : found(
            [...sdks.values()].map(({ name, ecosystem, vendor }) => ({ name, ecosystem, vendor })),
            [...sdks.values()].map((sdk) => manifestEvidence(sdk.path, `${sdk.name} (${sdk.vendor})`)),
          ),
  };
}
