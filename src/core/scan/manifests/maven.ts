import { XMLParser } from 'fast-xml-parser';
import { withVersion, type Dependency } from './dependency.ts';

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => name === 'dependency',
});

function object(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

/**
 * The direct dependencies of a pom.xml (`<dependencies>`, not `<dependencyManagement>`), with `${…}`
 * versions resolved from `<properties>` and the project's own version where possible.
 */
export function parsePom(xml: string): Dependency[] {
  const project = object(object(parser.parse(xml)).project);
  const properties: Record<string, string> = {};
  for (const [key, value] of Object.entries(object(project.properties))) {
    const resolved = text(value);
    if (resolved !== undefined) properties[key] = resolved;
  }
  const ownVersion = text(project.version) ?? text(object(project.parent).version);
  if (ownVersion !== undefined) properties['project.version'] = properties['version'] = ownVersion;
  const resolve = (value: string | undefined) =>
    value?.replace(/\$\{([^}]+)\}/g, (whole, key: string) => properties[key] ?? whole);
  const dependencies: Dependency[] = [];
  const list = object(project.dependencies).dependency;
  for (const item of Array.isArray(list) ? list : []) {
    const entry = object(item);
    const group = resolve(text(entry.groupId));
    const artifact = resolve(text(entry.artifactId));
    if (!group || !artifact) continue;
    const version = resolve(text(entry.version));
    const scope = text(entry.scope);
    const kind =
      scope === 'test'
        ? 'dev'
        : text(entry.optional) === 'true' || scope === 'provided'
          ? 'optional'
          : undefined;
    dependencies.push(
      withVersion(
        { ecosystem: 'maven', namespace: group, name: artifact, ...(kind ? { scope: kind } : {}) },
        version?.includes('${') ? undefined : version,
      ),
    );
  }
  return dependencies;
}
