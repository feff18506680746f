/** Extensions a changelog is written in; a changelog may also have none ("ChangeLog", "NEWS"). */
const documentExtensions = new Set([
  'md',
  'markdown',
  'rst',
  'txt',
  'adoc',
  'asciidoc',
  'org',
  'textile',
  'html',
]);

const changelogName =
  /^(?:change[-_]?log|changes|history|news|releases?|release[-_]?notes)(?:[-_][\w.-]*)?$/i;

/** Folders whose files belong to someone else's project. */
const thirdParty = /(?:^|\/)(?:node_modules|vendor|third[-_]party|bower_components)\//i;

/** Whether a file name is a changelog's: CHANGELOG*, CHANGES*, HISTORY*, NEWS*, RELEASES*, RELEASE-NOTES*. */
export function isChangelogName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const stem = dot > 0 && documentExtensions.has(extension) ? fileName.slice(0, dot) : fileName;
  if (stem === fileName && dot > 0) return false;
  return changelogName.test(stem);
}

/**
 * The changelog of a repository, from its file paths: the least deep changelog file outside vendored
 * folders (the root first), alphabetically among equals. Undefined when there is none.
 */
export function findChangelog(paths: Iterable<string>): string | undefined {
  let best: { path: string; depth: number } | undefined;
  for (const path of paths) {
    if (thirdParty.test(path)) continue;
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    if (!isChangelogName(fileName)) continue;
    const depth = path.split('/').length;
    if (!best || depth < best.depth || (depth === best.depth && path < best.path)) best = { path, depth };
  }
  return best?.path;
}
