import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';
import type { Dependency, ParsedManifest } from './dependency.ts';

/** What the SBOM says about the scanned project itself. */
export interface SbomSubject {
  name: string;
  version?: string;
  /** The scanner's own version, recorded as the tool that made the SBOM. */
  toolVersion: string;
}

/** The package URL of a dependency (`pkg:npm/%40babel/core@7.24.0`). */
export function packageUrl(dependency: Dependency): string {
  return new PackageURL(
    dependency.ecosystem,
    dependency.namespace,
    dependency.name,
    dependency.version,
  ).toString();
}

interface Entry {
  dependency: Dependency;
  sources: Set<string>;
  purl: string;
  fromLockfile: boolean;
}

function sameDir(a: string, b: string): boolean {
  return a.slice(0, a.lastIndexOf('/') + 1) === b.slice(0, b.lastIndexOf('/') + 1);
}

/**
 * The distinct components of a set of manifests, keyed by package URL. Where a lockfile pins a package
 * that a manifest in the same folder lists only as a range, the lockfile entry stands for both.
 */
export function sbomComponents(manifests: ParsedManifest[]): Entry[] {
  const entries = new Map<string, Entry>();
  const lockfiles = manifests.filter((manifest) => manifest.kind === 'lockfile');
  const ordered = [...lockfiles, ...manifests.filter((manifest) => manifest.kind === 'manifest')];
  for (const manifest of ordered) {
    const pinned = new Set(
      lockfiles
        .filter((lock) => lock.ecosystem === manifest.ecosystem && sameDir(lock.path, manifest.path))
        .flatMap((lock) =>
          lock.dependencies.map((dependency) =>
            `${dependency.namespace ?? ''}/${dependency.name}`.toLowerCase(),
          ),
        ),
    );
    for (const dependency of manifest.dependencies) {
      const key = `${dependency.namespace ?? ''}/${dependency.name}`.toLowerCase();
      if (manifest.kind === 'manifest' && dependency.version === undefined && pinned.has(key)) continue;
      let purl: string;
      try {
        purl = packageUrl(dependency);
      } catch {
        continue;
      }
      const existing = entries.get(purl);
      if (existing) {
        existing.sources.add(manifest.path);
        if (existing.dependency.scope !== undefined && dependency.scope === undefined)
          existing.dependency = dependency;
      } else {
        entries.set(purl, {
          dependency,
          sources: new Set([manifest.path]),
          purl,
          fromLockfile: manifest.kind === 'lockfile',
        });
      }
    }
  }
  return [...entries.values()].sort((a, b) => a.purl.localeCompare(b.purl));
}

/**
 * A CycloneDX 1.6 SBOM (as a JSON object) of every dependency the manifests list: one library component
 * per package URL, with the version when pinned, the range as a property when not, the scope
 * (optional for development and optional dependencies) and the manifests it came from.
 */
export function buildSbom(manifests: ParsedManifest[], subject: SbomSubject): Record<string, unknown> {
  const bom = new Models.Bom();
  const root = new Models.Component(Enums.ComponentType.Application, subject.name, {
    bomRef: 'scanned-project',
    ...(subject.version ? { version: subject.version } : {}),
  });
  bom.metadata.component = root;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'dpg-toolkit', { version: subject.toolVersion }),
  );
  for (const entry of sbomComponents(manifests)) {
    const { dependency } = entry;
    const component = new Models.Component(Enums.ComponentType.Library, dependency.name, {
      bomRef: entry.purl,
      purl: entry.purl,
      ...(dependency.namespace !== undefined ? { group: dependency.namespace } : {}),
      ...(dependency.version !== undefined ? { version: dependency.version } : {}),
      scope: dependency.scope === undefined ? Enums.ComponentScope.Required : Enums.ComponentScope.Optional,
    });
    if (dependency.range !== undefined)
      component.properties.add(new Models.Property('dpg:versionRange', dependency.range));
    if (dependency.scope === 'dev') component.properties.add(new Models.Property('dpg:development', 'true'));
    for (const source of entry.sources) component.properties.add(new Models.Property('dpg:manifest', source));
    bom.components.add(component);
    root.dependencies.add(component.bomRef);
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return JSON.parse(serializer.serialize(bom, { sortLists: true })) as Record<string, unknown>;
}
