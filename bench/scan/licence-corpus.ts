// The licence accuracy corpus: real licence files with a known answer, read in place.
// 1. LICENSE/COPYING files of packages under node_modules whose package.json `license` is one SPDX id;
// 2. the texts of /usr/share/common-licenses, whose answers come from their file names.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseSpdxExpression } from '../../src/core/scan/licences/spdx-expression.ts';

/** One file of the corpus and the licence it is known to hold. */
export interface CorpusFile {
  path: string;
  expected: string;
  source: 'node_modules' | 'common-licenses';
}

const licenceName = /^(licen[cs]e|copying|unlicense)([.\-_].*)?$/i;

/** Answers for Debian's common licences, from their names (Debian's BSD and Artistic texts are the BSD-3-Clause of the Regents and Perl's Artistic licence). */
const debianAnswers: Record<string, string> = {
  'Apache-2.0': 'Apache-2.0',
  Artistic: 'Artistic-1.0-Perl',
  BSD: 'BSD-3-Clause',
  'CC0-1.0': 'CC0-1.0',
  'GFDL-1.2': 'GFDL-1.2-only',
  'GFDL-1.3': 'GFDL-1.3-only',
  'GPL-1': 'GPL-1.0-only',
  'GPL-2': 'GPL-2.0-only',
  'GPL-3': 'GPL-3.0-only',
  'LGPL-2': 'LGPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3': 'LGPL-3.0-only',
  'MPL-1.1': 'MPL-1.1',
  'MPL-2.0': 'MPL-2.0',
};

async function packageDirs(root: string, found: string[] = []): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return found;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const dir = path.join(root, name);
    if (name.startsWith('@')) {
      await packageDirs(dir, found);
      continue;
    }
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    found.push(dir);
    await packageDirs(path.join(dir, 'node_modules'), found);
  }
  return found;
}

/** Builds the corpus: every file of both sources with a single-licence answer, each real file once. */
export async function licenceCorpusFiles(
  nodeModules: string,
  commonLicences = '/usr/share/common-licenses',
): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const seen = new Set<string>();
  for (const dir of await packageDirs(nodeModules)) {
    let manifest: { license?: unknown };
    try {
      manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { license?: unknown };
    } catch {
      continue;
    }
    if (typeof manifest.license !== 'string') continue;
    const parsed = parseSpdxExpression(manifest.license);
    if (!parsed || parsed.ids.length !== 1 || parsed.expression !== parsed.ids[0]) continue;
    for (const name of (await readdir(dir)).sort()) {
      // A third-party notices file lists other projects' licences, not the package's own.
      if (!licenceName.test(name) || /third|3rd/i.test(name)) continue;
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || info.size === 0) continue;
      const real = await realpath(file);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push({ path: file, expected: parsed.ids[0]!, source: 'node_modules' });
    }
  }
  for (const name of (await readdir(commonLicences).catch(() => [] as string[])).sort()) {
    const expected = debianAnswers[name];
    if (expected === undefined) continue;
    const real = await realpath(path.join(commonLicences, name));
    if (seen.has(real)) continue;
    seen.add(real);
    files.push({ path: real, expected, source: 'common-licenses' });
  }
  return files;
}
