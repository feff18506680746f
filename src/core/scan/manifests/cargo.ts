import { parse as parseToml } from 'smol-toml';
import { withVersion, type Dependency } from './dependency.ts';

function table(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function fromTable(dependencies: Dependency[], section: unknown, scope?: Dependency['scope']): void {
  for (const [key, spec] of Object.entries(table(section))) {
    const details = table(spec);
    if (details.path !== undefined && details.version === undefined) continue;
    const name = typeof details.package === 'string' ? details.package : key;
    const version =
      typeof spec === 'string' ? spec : typeof details.version === 'string' ? details.version : undefined;
    const kind = details.optional === true ? 'optional' : scope;
    dependencies.push(
      withVersion({ ecosystem: 'cargo', name, ...(kind ? { scope: kind } : {}) }, version?.replace(/^=/, '')),
    );
  }
}

/** Cargo.toml: dependencies, dev- and build-dependencies, per-target ones and the workspace table; path-only crates skipped. */
export function parseCargoToml(text: string): Dependency[] {
  const data = table(parseToml(text));
  const dependencies: Dependency[] = [];
  fromTable(dependencies, data.dependencies);
  fromTable(dependencies, data['build-dependencies']);
  fromTable(dependencies, data['dev-dependencies'], 'dev');
  fromTable(dependencies, table(data.workspace).dependencies);
  for (const target of Object.values(table(data.target))) {
    fromTable(dependencies, table(target).dependencies);
    fromTable(dependencies, table(target)['dev-dependencies'], 'dev');
  }
  return dependencies;
}

/** Cargo.lock: every `[[package]]` from a registry or git source (the workspace's own crates have none). */
export function parseCargoLock(text: string): Dependency[] {
  const data = table(parseToml(text));
  const packages = Array.isArray(data.package) ? data.package : [];
  return packages
    .map(table)
    .filter((entry) => typeof entry.name === 'string' && typeof entry.source === 'string')
    .map((entry) =>
      withVersion(
        { ecosystem: 'cargo', name: entry.name as string },
        typeof entry.version === 'string' ? entry.version : undefined,
      ),
    );
}
