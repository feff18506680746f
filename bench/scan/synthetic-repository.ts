// A large synthetic git repository for the scan benchmark, generated with `git fast-import` and kept
// in bench/results/ (git-ignored) so later runs reuse it. Everything is seeded: the same settings give
// the same repository, commit for commit.
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitFixture } from '../../test/support/git-fixture.ts';
import { resultsDir } from '../paths.ts';

/** The shape of the generated history. */
export interface SyntheticSettings {
  commits: number;
  files: number;
  authors: number;
}

/** The figures of record: 100,000 commits touching 20,000 files, 40 people and 2 bots. */
export const fullSettings: SyntheticSettings = { commits: 100_000, files: 20_000, authors: 40 };
/** A short trial. */
export const quickSettings: SyntheticSettings = { commits: 10_000, files: 2_000, authors: 12 };

const domains = [
  'acme.org',
  'gov.example',
  'gmail.com',
  'health.example',
  'uni.example',
  'users.noreply.github.com',
];
const extensions = ['ts', 'ts', 'js', 'py', 'py', 'go', 'java', 'md', 'yml', 'css'];
const start = Date.parse('2015-01-01T00:00:00Z') / 1000;

/** A small deterministic generator (mulberry32), so the repository is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function filePath(index: number): string {
  const extension = extensions[index % extensions.length]!;
  return `src/module-${String(index % 100).padStart(2, '0')}/file-${index}.${extension}`;
}

function fileContent(index: number, revision: number): string {
  const lines = [`// file ${index}, revision ${revision}`];
  for (let line = 0; line < 8; line += 1)
    lines.push(`const value${line} = ${(index * 31 + revision * 7 + line) % 1000};`);
  return `${lines.join('\n')}\n`;
}

const fixedFiles: Record<string, string> = {
  'README.md': '# Synthetic\n\n## Install\n\nnpm install\n\n## Usage\n\nnpm start\n',
  LICENSE:
    'MIT License\n\nCopyright (c) 2015 Synthetic\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n',
  'CHANGELOG.md': '# Changelog\n',
  'package.json':
    '{ "name": "synthetic", "license": "MIT", "dependencies": { "semver": "^7.0.0", "yaml": "^2.0.0" } }\n',
  '.mailmap': 'Person 1 <person1@acme.org> <person1.old@gmail.com>\n',
};

/**
 * The fast-import stream of the history, chunk by chunk: each commit changes one to three files (the
 * first commits create them all), a side-branch commit is merged every 500 commits, and every 1,000th
 * commit is tagged (alternately annotated and lightweight, semantic versions).
 */
export function* fastImportStream(settings: SyntheticSettings): Generator<string> {
  const random = seeded(42);
  const revisions = new Uint32Array(settings.files);
  let created = 0;
  let time = start;
  const person = (index: number) => {
    if (index === settings.authors)
      return { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };
    if (index === settings.authors + 1)
      return { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' };
    const domain = domains[index % domains.length]!;
    return { name: `Person ${index}`, email: `person${index}@${domain}` };
  };
  const pickAuthor = () => {
    const roll = random();
    if (roll < 0.03) return person(settings.authors + (roll < 0.015 ? 0 : 1));
    // A few people do most of the work, as in real projects.
    return person(Math.floor(settings.authors * random() ** 3));
  };
  const signature = (who: { name: string; email: string }) => `${who.name} <${who.email}> ${time} +0000`;
  for (let commit = 1; commit <= settings.commits; commit += 1) {
    time += 600 + Math.floor(random() * 3600);
    const changes: string[] = [];
    if (commit === 1)
      for (const [name, text] of Object.entries(fixedFiles))
        changes.push(`M 100644 inline ${name}\n${data(text)}`);
    const touched =
      created < settings.files ? Math.min(3, settings.files - created) : 1 + Math.floor(random() * 3);
    for (let change = 0; change < touched; change += 1) {
      const index = created < settings.files ? created++ : Math.floor(random() * settings.files);
      revisions[index] = (revisions[index] ?? 0) + 1;
      changes.push(`M 100644 inline ${filePath(index)}\n${data(fileContent(index, revisions[index]!))}`);
    }
    const author = pickAuthor();
    let merge = '';
    if (commit % 500 === 0) {
      yield `commit refs/heads/side\nmark :${settings.commits + commit}\nauthor ${signature(author)}\ncommitter ${signature(author)}\n${data(`Side work ${commit}`)}from :${commit - 1}\nM 100644 inline docs/side-${commit}.md\n${data(`side ${commit}\n`)}\n`;
      merge = `merge :${settings.commits + commit}\n`;
    }
    const from = commit === 1 ? '' : `from :${commit - 1}\n`;
    yield `commit refs/heads/main\nmark :${commit}\nauthor ${signature(author)}\ncommitter ${signature(author)}\n${data(merge ? `Merge side ${commit}` : `Change ${commit}`)}${from}${merge}${changes.join('')}\n`;
    if (commit % 1000 === 0) {
      const version = `v${Math.floor(commit / 10_000) + 1}.${Math.floor((commit % 10_000) / 1000)}.0`;
      yield (commit / 1000) % 2 === 0
        ? `tag ${version}\nfrom :${commit}\ntagger ${signature(author)}\n${data(`Release ${version}`)}`
        : `reset refs/tags/${version}\nfrom :${commit}\n\n`;
    }
  }
  yield 'done\n';
}

/** The folder of the generated repository for these settings. */
export function syntheticRepositoryDir(settings: SyntheticSettings): string {
  return path.join(resultsDir, 'scan-repository', `${settings.commits}-commits-${settings.files}-files`);
}

/**
 * The generated repository (a working tree's `.git` only: nothing is checked out), made once and
 * reused; a finished generation leaves a `ready` file beside it.
 */
export async function syntheticRepository(
  settings: SyntheticSettings,
  log: (line: string) => void,
): Promise<string> {
  const dir = syntheticRepositoryDir(settings);
  const ready = path.join(dir, '..', `${path.basename(dir)}.ready`);
  if (
    await access(ready).then(
      () => true,
      () => false,
    )
  )
    return dir;
  log(
    `Generating ${settings.commits} commits over ${settings.files} files with git fast-import (once; cached in ${dir})…`,
  );
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true });
  const started = performance.now();
  const fixture = await createGitFixture({ bare: true, dir });
  await fixture.fastImport(fastImportStream(settings));
  await fixture.git(['symbolic-ref', 'HEAD', 'refs/heads/main']);
  await writeFile(ready, `${new Date().toISOString()}\n`);
  log(`  generated in ${Math.round((performance.now() - started) / 1000)} s`);
  return dir;
}
