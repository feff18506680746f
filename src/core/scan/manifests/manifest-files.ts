import { baseName, extension, isVendored } from '../tree-path.ts';
import { parseCargoLock, parseCargoToml } from './cargo.ts';
import { parseComposerJson, parseComposerLock } from './composer.ts';
import type { Dependency, Ecosystem, ParsedManifest } from './dependency.ts';
import { parseGoMod } from './go-mod.ts';
import { parseGradle } from './gradle.ts';
import { parsePom } from './maven.ts';
import { parsePackageJson, parsePackageLock } from './npm.ts';
import { parsePackagesConfig, parseProjectFile } from './nuget.ts';
import { parsePipfile, parsePyproject, parseRequirementsTxt } from './pypi.ts';
import { parseGemfile, parseGemfileLock } from './rubygems.ts';

/** How to read one kind of manifest. */
export interface ManifestKind {
  ecosystem: Ecosystem;
  kind: 'manifest' | 'lockfile';
  parse: (text: string) => Dependency[];
}

const byName: Record<string, ManifestKind> = {
  'package.json': { ecosystem: 'npm', kind: 'manifest', parse: parsePackageJson },
  'package-lock.json': { ecosystem: 'npm', kind: 'lockfile', parse: parsePackageLock },
  'npm-shrinkwrap.json': { ecosystem: 'npm', kind: 'lockfile', parse: parsePackageLock },
  'pyproject.toml': { ecosystem: 'pypi', kind: 'manifest', parse: parsePyproject },
  pipfile: { ecosystem: 'pypi', kind: 'manifest', parse: parsePipfile },
  'pom.xml': { ecosystem: 'maven', kind: 'manifest', parse: parsePom },
  'build.gradle': { ecosystem: 'maven', kind: 'manifest', parse: parseGradle },
  'build.gradle.kts': { ecosystem: 'maven', kind: 'manifest', parse: parseGradle },
  'go.mod': { ecosystem: 'golang', kind: 'manifest', parse: parseGoMod },
  'cargo.toml': { ecosystem: 'cargo', kind: 'manifest', parse: parseCargoToml },
  'cargo.lock': { ecosystem: 'cargo', kind: 'lockfile', parse: parseCargoLock },
  'composer.json': { ecosystem: 'composer', kind: 'manifest', parse: parseComposerJson },
  'composer.lock': { ecosystem: 'composer', kind: 'lockfile', parse: parseComposerLock },
  gemfile: { ecosystem: 'gem', kind: 'manifest', parse: parseGemfile },
  'gemfile.lock': { ecosystem: 'gem', kind: 'lockfile', parse: parseGemfileLock },
  'packages.config': { ecosystem: 'nuget', kind: 'manifest', parse: parsePackagesConfig },
  'directory.packages.props': { ecosystem: 'nuget', kind: 'manifest', parse: parseProjectFile },
};

/** The manifest kind of a path, or undefined: vendored folders are skipped (their manifests are not the project's). */
export function manifestKind(path: string): ManifestKind | undefined {
  if (isVendored(path)) return undefined;
  const name = baseName(path).toLowerCase();
  const known = byName[name];
  if (known) return known;
  if (
    /^requirements.*\.(txt|in)$/.test(name) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path.toLowerCase())
  ) {
    const dev = /dev|test|lint|doc/.test(name);
    return {
      ecosystem: 'pypi',
      kind: 'manifest',
      parse: (text) => parseRequirementsTxt(text, dev ? 'dev' : undefined),
    };
  }
  const ext = extension(path);
  if (ext === 'csproj' || ext === 'fsproj' || ext === 'vbproj')
    return { ecosystem: 'nuget', kind: 'manifest', parse: parseProjectFile };
  return undefined;
}

/** Parses a manifest's text; throws when the text is not valid for its format. */
export function parseManifest(path: string, text: string): ParsedManifest | undefined {
  const kind = manifestKind(path);
  if (!kind) return undefined;
  return { path, ecosystem: kind.ecosystem, kind: kind.kind, dependencies: kind.parse(text) };
}
