import { withVersion, type Dependency } from './dependency.ts';

type Record_ = Record<string, unknown>;

function object(value: unknown): Record_ {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record_) : {};
}

/** Splits an npm package name into scope and name: `@babel/core` → `@babel`, `core`. */
export function npmName(full: string): { namespace?: string; name: string } {
  const slash = full.indexOf('/');
  return full.startsWith('@') && slash > 0
    ? { namespace: full.slice(0, slash), name: full.slice(slash + 1) }
    : { name: full };
}

/** Dependencies of a package.json: dependencies, optional, peer and development ones, as ranges. */
export function parsePackageJson(text: string): Dependency[] {
  const data = object(JSON.parse(text));
  const dependencies: Dependency[] = [];
  const sections: [string, Dependency['scope']][] = [
    ['dependencies', undefined],
    ['optionalDependencies', 'optional'],
    ['peerDependencies', 'optional'],
    ['devDependencies', 'dev'],
  ];
  const seen = new Set<string>();
  for (const [section, scope] of sections) {
    for (const [full, spec] of Object.entries(object(data[section]))) {
      if (seen.has(full)) continue;
      seen.add(full);
      const dependency = withVersion(
        { ecosystem: 'npm', ...npmName(full), ...(scope ? { scope } : {}) },
        typeof spec === 'string' ? spec : undefined,
      );
      dependencies.push(dependency);
    }
  }
  return dependencies;
}

/** Packages of a package-lock.json (lockfile versions 1, 2 and 3), with exact versions; the root project is left out. */
export function parsePackageLock(text: string): Dependency[] {
  const data = object(JSON.parse(text));
  const dependencies: Dependency[] = [];
  const packages = object(data.packages);
  if (Object.keys(packages).length > 0) {
    for (const [key, value] of Object.entries(packages)) {
      if (key === '' || !key.includes('node_modules/')) continue;
      const entry = object(value);
      if (entry.link === true) continue;
      const full =
        typeof entry.name === 'string'
          ? entry.name
          : key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const scope = entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : undefined;
      dependencies.push(
        withVersion(
          { ecosystem: 'npm', ...npmName(full), ...(scope ? { scope } : {}) },
          typeof entry.version === 'string' ? entry.version : undefined,
        ),
      );
    }
    return dependencies;
  }
  const walk = (tree: Record_) => {
    for (const [full, value] of Object.entries(tree)) {
      const entry = object(value);
      const scope = entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : undefined;
      dependencies.push(
        withVersion(
          { ecosystem: 'npm', ...npmName(full), ...(scope ? { scope } : {}) },
          typeof entry.version === 'string' ? entry.version : undefined,
        ),
      );
      walk(object(entry.dependencies));
    }
  };
  walk(object(data.dependencies));
  return dependencies;
}
