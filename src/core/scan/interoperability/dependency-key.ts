import type { Dependency } from '../manifests/dependency.ts';

/**
 * A dependency's name as its ecosystem writes it, for matching against signature lists: `@scope/name`
 * (npm), `group:artifact` (Maven), the module path (Go), `vendor/package` (Composer), the lower-case
 * normalised name (PyPI), the name (Cargo, RubyGems, NuGet).
 */
export function dependencyKey(dependency: Dependency): string {
  const { ecosystem, namespace, name } = dependency;
  switch (ecosystem) {
    case 'maven':
      return `${namespace ?? ''}:${name}`;
    case 'pypi':
      return name.toLowerCase().replace(/[-_.]+/g, '-');
    case 'npm':
    case 'golang':
    case 'composer':
      return namespace ? `${namespace}/${name}` : name;
    default:
      return name;
  }
}
