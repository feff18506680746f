import { withVersion, type Dependency } from './dependency.ts';

function object(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `vendor/package` → namespace and name. */
function composerName(full: string): { namespace?: string; name: string } {
  const slash = full.indexOf('/');
  return slash > 0 ? { namespace: full.slice(0, slash), name: full.slice(slash + 1) } : { name: full };
}

/** Platform requirements (`php`, `ext-json`, `lib-curl`, `composer-plugin-api`) are not packages. */
function isPlatform(name: string): boolean {
  return name === 'php' || /^(ext|lib)-/.test(name) || name.startsWith('composer-') || name === 'hhvm';
}

/** composer.json: `require` and `require-dev`, as constraints. */
export function parseComposerJson(text: string): Dependency[] {
  const data = object(JSON.parse(text));
  const dependencies: Dependency[] = [];
  for (const [section, scope] of [
    ['require', undefined],
    ['require-dev', 'dev'],
  ] as const) {
    for (const [name, constraint] of Object.entries(object(data[section]))) {
      if (isPlatform(name)) continue;
      dependencies.push(
        withVersion(
          { ecosystem: 'composer', ...composerName(name), ...(scope ? { scope } : {}) },
          typeof constraint === 'string' ? constraint : undefined,
        ),
      );
    }
  }
  return dependencies;
}

/** composer.lock: `packages` and `packages-dev` with their exact versions. */
export function parseComposerLock(text: string): Dependency[] {
  const data = object(JSON.parse(text));
  const dependencies: Dependency[] = [];
  for (const [section, scope] of [
    ['packages', undefined],
    ['packages-dev', 'dev'],
  ] as const) {
    const list = data[section];
    for (const item of Array.isArray(list) ? list : []) {
      const entry = object(item);
      if (typeof entry.name !== 'string') continue;
      const version = typeof entry.version === 'string' ? entry.version.replace(/^v(?=\d)/, '') : undefined;
      dependencies.push(
        withVersion(
          { ecosystem: 'composer', ...composerName(entry.name), ...(scope ? { scope } : {}) },
          version,
        ),
      );
    }
  }
  return dependencies;
}
