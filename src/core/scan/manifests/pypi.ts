import { parse as parseToml } from 'smol-toml';
import { withVersion, type Dependency } from './dependency.ts';

function table(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const requirement =
  /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(\(?\s*(?:===|==|~=|!=|<=|>=|<|>)[^;#]*?\)?)?\s*(?:;.*)?$/;

/** One PEP 508 requirement (`requests[socks] >=2.31 ; python_version >= "3.8"`), or undefined. */
export function parseRequirement(line: string, scope?: Dependency['scope']): Dependency | undefined {
  const match = requirement.exec(line.trim());
  if (!match) return undefined;
  const constraint = match[2]?.replace(/[()\s]/g, '');
  return withVersion(
    { ecosystem: 'pypi', name: match[1]!, ...(scope ? { scope } : {}) },
    constraint && constraint.length > 0 ? constraint : undefined,
  );
}

/** A requirements file: one requirement a line; options (`-r`, `-e`, `--hash`), URLs and comments skipped. */
export function parseRequirementsTxt(text: string, scope?: Dependency['scope']): Dependency[] {
  const dependencies: Dependency[] = [];
  for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const line = raw
      .replace(/(^|\s)#.*$/, '')
      .replace(/\s--hash=\S+/g, '')
      .trim();
    if (line.length === 0 || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line)) continue;
    const dependency = parseRequirement(line, scope);
    if (dependency) dependencies.push(dependency);
  }
  return dependencies;
}

function poetrySpec(name: string, spec: unknown, scope?: Dependency['scope']): Dependency | undefined {
  if (name.toLowerCase() === 'python') return undefined;
  const version =
    typeof spec === 'string'
      ? spec
      : typeof table(spec).version === 'string'
        ? (table(spec).version as string)
        : undefined;
  const optional = table(spec).optional === true ? 'optional' : scope;
  return withVersion(
    { ecosystem: 'pypi', name, ...(optional ? { scope: optional } : {}) },
    version === '*' ? undefined : version,
  );
}

/** pyproject.toml: PEP 621 dependencies and optional groups, PEP 735 groups, Poetry's tables. */
export function parsePyproject(text: string): Dependency[] {
  const data = table(parseToml(text));
  const project = table(data.project);
  const dependencies: Dependency[] = [];
  const add = (items: unknown, scope?: Dependency['scope']) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (typeof item !== 'string') continue;
      const dependency = parseRequirement(item, scope);
      if (dependency) dependencies.push(dependency);
    }
  };
  add(project.dependencies);
  for (const items of Object.values(table(project['optional-dependencies']))) add(items, 'optional');
  for (const items of Object.values(table(data['dependency-groups']))) add(items, 'dev');
  const poetry = table(table(data.tool).poetry);
  for (const [name, spec] of Object.entries(table(poetry.dependencies))) {
    const dependency = poetrySpec(name, spec);
    if (dependency) dependencies.push(dependency);
  }
  for (const [name, spec] of Object.entries(table(poetry['dev-dependencies']))) {
    const dependency = poetrySpec(name, spec, 'dev');
    if (dependency) dependencies.push(dependency);
  }
  for (const group of Object.values(table(poetry.group))) {
    for (const [name, spec] of Object.entries(table(table(group).dependencies))) {
      const dependency = poetrySpec(name, spec, 'dev');
      if (dependency) dependencies.push(dependency);
    }
  }
  return dependencies;
}

/** Pipfile: `[packages]` and `[dev-packages]`. */
export function parsePipfile(text: string): Dependency[] {
  const data = table(parseToml(text));
  const dependencies: Dependency[] = [];
  for (const [section, scope] of [
    ['packages', undefined],
    ['dev-packages', 'dev'],
  ] as const) {
    for (const [name, spec] of Object.entries(table(data[section]))) {
      const dependency = poetrySpec(name, spec, scope);
      if (dependency) dependencies.push(dependency);
    }
  }
  return dependencies;
}
