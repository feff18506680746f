/** Path helpers for repository paths (forward slashes, relative to the root), without node:path. */

/** The last segment of a path: `a/b/c.txt` → `c.txt`. */
export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

/** The folder of a path, `''` for a file at the root: `a/b/c.txt` → `a/b`. */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The lower-case extension without its dot, `''` when there is none: `A.Min.JS` → `js`, `.bashrc` → `''`. */
export function extension(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** How deep a path is: `README` → 0, `docs/a.md` → 1. */
export function depth(path: string): number {
  let count = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) count++;
  return count;
}

const vendoredSegments = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'vendors',
  'third_party',
  'third-party',
  'thirdparty',
  'external',
  'site-packages',
  '.venv',
  'venv',
  '.tox',
  '.yarn',
  'Pods',
  'Carthage',
  '.bundle',
  '.cargo',
  '.git',
]);

/**
 * True for a path inside a folder of code that a project keeps from others (node_modules, vendor,
 * third_party…): the scanner counts its lines like any other but does not read project facts from it.
 */
export function isVendored(path: string): boolean {
  let start = 0;
  for (;;) {
    const slash = path.indexOf('/', start);
    if (slash < 0) return false;
    if (vendoredSegments.has(path.slice(start, slash))) return true;
    start = slash + 1;
  }
}
