import { withVersion, type Dependency } from './dependency.ts';

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/** `<PackageReference Include="…" Version="…"/>` (or a `<Version>` child) in .csproj, .fsproj, .vbproj and Directory.Packages.props. */
export function parseProjectFile(xml: string): Dependency[] {
  const dependencies: Dependency[] = [];
  for (const match of xml.matchAll(/<PackageReference\b([^>]*?)(\/>|>([\s\S]*?)<\/PackageReference>)/gi)) {
    const tag = match[1]!;
    const name = attribute(tag, 'Include') ?? attribute(tag, 'Update');
    if (!name) continue;
    const version =
      attribute(tag, 'Version') ?? /<Version>\s*([^<]+?)\s*<\/Version>/i.exec(match[3] ?? '')?.[1];
    const dev =
      /<PrivateAssets>\s*all\s*<\/PrivateAssets>/i.test(match[3] ?? '') ||
      /PrivateAssets\s*=\s*["']all["']/i.test(tag);
    dependencies.push(
      withVersion(
        { ecosystem: 'nuget', name, ...(dev ? { scope: 'dev' as const } : {}) },
        version?.replace(/^\[([^,\]]+)\]$/, '$1'),
      ),
    );
  }
  return dependencies;
}

/** packages.config: `<package id="…" version="…"/>`. */
export function parsePackagesConfig(xml: string): Dependency[] {
  const dependencies: Dependency[] = [];
  for (const match of xml.matchAll(/<package\b([^>]*)\/?>/gi)) {
    const name = attribute(match[1]!, 'id');
    if (!name) continue;
    const dev = attribute(match[1]!, 'developmentDependency') === 'true';
    dependencies.push(
      withVersion(
        { ecosystem: 'nuget', name, ...(dev ? { scope: 'dev' as const } : {}) },
        attribute(match[1]!, 'version'),
      ),
    );
  }
  return dependencies;
}
