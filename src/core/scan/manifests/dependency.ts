/** Package ecosystems the scanner reads, named by their package-URL type. */
export const ecosystems = ['npm', 'pypi', 'maven', 'golang', 'cargo', 'composer', 'gem', 'nuget'] as const;

/** One of {@link ecosystems}. */
export type Ecosystem = (typeof ecosystems)[number];

/** One dependency as a manifest or lockfile states it. */
export interface Dependency {
  ecosystem: Ecosystem;
  /** Group, scope or module path prefix (`@babel`, `org.apache.commons`, `github.com/gorilla`). */
  namespace?: string;
  name: string;
  /** An exact version, when the file pins one. */
  version?: string;
  /** A version range or constraint as written, when the file gives no exact version. */
  range?: string;
  /** `dev` for development and test dependencies, `optional` for optional ones. */
  scope?: 'dev' | 'optional';
}

/** A manifest or lockfile and the dependencies it lists. */
export interface ParsedManifest {
  path: string;
  ecosystem: Ecosystem;
  /** `lockfile` when versions are exact and transitive dependencies included. */
  kind: 'manifest' | 'lockfile';
  dependencies: Dependency[];
}

/** The version when a constraint pins one exactly (`1.2.3`, `==1.2.3`, `v1.8.0`), otherwise undefined. */
export function exactVersion(version: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  const trimmed = version.trim().replace(/^==?\s*/, '');
  return /^v?\d+(\.\d+)*([-+.][0-9A-Za-z.+-]*)?$/.test(trimmed) ? trimmed : undefined;
}

/** A dependency with an exact version when the constraint is one, otherwise its range. */
export function withVersion(
  dependency: Omit<Dependency, 'version' | 'range'>,
  constraint: string | undefined,
): Dependency {
  const exact = exactVersion(constraint);
  if (exact !== undefined) return { ...dependency, version: exact };
  const range = constraint?.trim();
  return range ? { ...dependency, range } : { ...dependency };
}
