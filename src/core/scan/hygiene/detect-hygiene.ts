import { fileEvidence, found, inconclusive, notFound } from '../tree-fact-builders.ts';
import type { Fact, ScanFacts } from '../scan-result.ts';
import {
  communityFiles,
  findCommunityFile,
  findDocsFolder,
  findFundingFile,
  findIssueTemplates,
  findReadme,
} from './community-files.ts';
import { readmeSections } from './readme-sections.ts';

/** What the hygiene detector reads: the file list (path and size) and the README's text when readable. */
export interface HygieneInput {
  files: readonly { path: string; size: number }[];
  /** The README text by path; absent (with `readmeProblem`) when it could not be read. */
  readme?: { path: string; text?: string; problem?: string };
}

function pathFact(path: string | undefined, what: string): Fact {
  return path === undefined
    ? notFound(`no ${what} in the root, .github/ or docs/`)
    : found(path, [fileEvidence(path)]);
}

/** The `hygiene` facts. */
export function detectHygiene(input: HygieneInput): ScanFacts['hygiene'] {
  const paths = input.files.map((file) => file.path);
  const readme = findReadme(paths);
  const sections = (() => {
    if (readme === undefined) return notFound('no README');
    if (input.readme?.text === undefined)
      return inconclusive(`${readme} not read: ${input.readme?.problem ?? 'unreadable'}`, [
        fileEvidence(readme),
      ]);
    const { sections: value, headings } = readmeSections(input.readme.text);
    const evidence = Object.entries(headings).map(([key, heading]) =>
      fileEvidence(readme, heading.line, `${key}: ${heading.text}`),
    );
    if (evidence.length === 0)
      evidence.push(fileEvidence(readme, undefined, 'no install, usage or contributing heading'));
    return found(value, evidence);
  })();
  const docs = (() => {
    const folder = findDocsFolder(paths);
    if (folder === undefined) return notFound('no docs/, doc/, documentation/ or wiki/ folder');
    const inside = input.files.filter((file) => file.path.startsWith(`${folder}/`));
    const bytes = inside.reduce((sum, file) => sum + file.size, 0);
    return found({ path: folder, files: inside.length, bytes }, [
      fileEvidence(folder, undefined, `${inside.length} files, ${bytes} bytes`),
    ]);
  })();
  const templates = findIssueTemplates(paths);
  const funding = findFundingFile(paths);
  return {
    readme:
      readme === undefined
        ? notFound('no README in the root, .github/ or docs/')
        : found(readme, [fileEvidence(readme)]),
    readmeSections: sections,
    docs,
    contributing: pathFact(findCommunityFile(paths, communityFiles.contributing), 'CONTRIBUTING guide'),
    codeOfConduct: pathFact(findCommunityFile(paths, communityFiles.codeOfConduct), 'CODE_OF_CONDUCT'),
    governance: pathFact(findCommunityFile(paths, communityFiles.governance), 'GOVERNANCE document'),
    securityPolicy: pathFact(findCommunityFile(paths, communityFiles.securityPolicy), 'SECURITY policy'),
    funding:
      funding === undefined
        ? notFound('no .github/FUNDING.yml or funding.json')
        : found(funding, [fileEvidence(funding)]),
    issueTemplates:
      templates.length === 0
        ? notFound(
            'no issue templates in .github/ISSUE_TEMPLATE, .gitlab/issue_templates or ISSUE_TEMPLATE.md',
          )
        : found(
            templates,
            templates.map((path) => fileEvidence(path)),
          ),
    roadmap: pathFact(findCommunityFile(paths, communityFiles.roadmap), 'ROADMAP'),
  };
}
