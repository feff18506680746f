import { baseName, dirName } from '../tree-path.ts';

/** Where community files live: the root, `.github/`, `docs/` (and `.gitlab/` for templates). */
const places = new Set(['', '.github', 'docs', 'doc', '.gitlab']);

function inPlace(path: string): boolean {
  return places.has(dirName(path).toLowerCase());
}

function stem(path: string): string {
  return baseName(path)
    .toLowerCase()
    .replace(/\.(md|markdown|rst|txt|adoc|asciidoc|org|html)$/, '');
}

/** Community files by kind, with the file-name stems that name them. */
export const communityFiles = {
  contributing: ['contributing', 'contribute', 'contributors_guide', 'contributing_guide'],
  codeOfConduct: ['code_of_conduct', 'code-of-conduct', 'codeofconduct', 'conduct'],
  governance: ['governance', 'governance_model'],
  securityPolicy: ['security', 'security_policy', 'security-policy'],
  roadmap: ['roadmap'],
} as const;

/** The first path (root before `.github/` before `docs/`) whose name is one of `stems`. */
export function findCommunityFile(paths: readonly string[], stems: readonly string[]): string | undefined {
  const matches = paths.filter((path) => inPlace(path) && stems.includes(stem(path)));
  return matches.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}

function rank(path: string): number {
  const folder = dirName(path).toLowerCase();
  return folder === '' ? 0 : folder === '.github' ? 1 : 2;
}

/** The README: root first, then `.github/` and `docs/`; Markdown and plain names before translated ones (`README.fr.md`). */
export function findReadme(paths: readonly string[]): string | undefined {
  const readmes = paths.filter((path) => inPlace(path) && /^readme(\.[a-z0-9_-]+)*$/i.test(baseName(path)));
  const score = (path: string) =>
    rank(path) * 10 +
    (/^readme(\.(md|markdown))?$/i.test(baseName(path))
      ? 0
      : /^readme\.[a-z]+$/i.test(baseName(path))
        ? 1
        : 2);
  return readmes.sort((a, b) => score(a) - score(b) || a.localeCompare(b))[0];
}

/** Issue templates: `.github/ISSUE_TEMPLATE/…`, `ISSUE_TEMPLATE.md`, `.gitlab/issue_templates/…`, Gitea and Forgejo folders. */
export function findIssueTemplates(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const lower = path.toLowerCase();
    return (
      /^(\.github|\.gitea|\.forgejo)\/issue_template\/[^/]+$/.test(lower) ||
      /^(\.github\/|docs\/)?issue_template\.(md|yml|yaml)$/.test(lower) ||
      /^\.gitlab\/issue_templates\/[^/]+\.md$/.test(lower)
    );
  });
}

/** Funding files: `.github/FUNDING.yml` and the root `funding.json` of the FLOSS/fund manifest. */
export function findFundingFile(paths: readonly string[]): string | undefined {
  return paths.find((path) => /^\.github\/funding\.ya?ml$/i.test(path) || /^funding\.json$/i.test(path));
}

/** The documentation folder at the root: `docs/`, `doc/`, `documentation/` or `wiki/`. */
export function findDocsFolder(paths: readonly string[]): string | undefined {
  const folders = ['docs', 'doc', 'documentation', 'wiki'];
  for (const folder of folders) {
    const hit = paths.find((path) => path.toLowerCase().startsWith(`${folder}/`));
    if (hit) return hit.slice(0, folder.length);
  }
  return undefined;
}
