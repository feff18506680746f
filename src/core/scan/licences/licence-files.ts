import { languageOfName } from '../languages/language-of.ts';
import { baseName, dirName } from '../tree-path.ts';
import { knownId } from './spdx-expression.ts';

/** Folders, besides the root, where projects keep their licence files. REUSE's `LICENSES/` is one of them. */
const licenceFolders = new Set([
  'licenses',
  'license',
  'licences',
  'licence',
  'docs',
  'doc',
  'legal',
  '.github',
]);

const licenceName =
  /^(?:un)?licen[cs]es?(?:[-._].*)?$|^copying(?:[-._].*)?$|^copyright(?:\.(?:md|txt))?$|^[a-z0-9.]+[-_]licen[cs]e(?:\.(?:md|txt|rst))?$/i;

/** True when a path names a licence file in the root or a conventional folder (`LICENSE`, `COPYING.LESSER`, `LICENSES/MIT.txt`, `docs/LICENSE.md`). */
export function isLicenceFile(path: string): boolean {
  const folder = dirName(path);
  if (folder.includes('/')) return false;
  if (folder !== '' && !licenceFolders.has(folder.toLowerCase())) return false;
  if (isReuseLicence(path)) return true;
  const name = baseName(path);
  if (!licenceName.test(name)) return false;
  const language = languageOfName(name);
  return language === undefined || language.type === 'prose' || language.type === 'markup';
}

/** True for a file of the REUSE `LICENSES/` folder at the root. */
export function isReuseLicence(path: string): boolean {
  return /^LICENSES\/[^/]+$/.test(path);
}

const nameHints: Record<string, string> = {
  mit: 'MIT',
  apache: 'Apache-2.0',
  'apache-2.0': 'Apache-2.0',
  apache2: 'Apache-2.0',
  isc: 'ISC',
  unlicense: 'Unlicense',
  cc0: 'CC0-1.0',
  zlib: 'Zlib',
  'mpl-2.0': 'MPL-2.0',
  bsl: 'BSL-1.0',
};

/**
 * The licence a file's name announces, if any: REUSE names (`LICENSES/GPL-3.0-or-later.txt`), Rust-style
 * suffixes (`LICENSE-MIT`, `LICENSE-APACHE`) and plain `UNLICENSE`. Used to check, not to decide.
 */
export function licenceFromFileName(path: string): string | undefined {
  const name = baseName(path);
  const stem = name.replace(/\.(txt|md|markdown|rst)$/i, '');
  if (isReuseLicence(path)) {
    if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(stem)) return stem;
    return knownId(stem);
  }
  if (/^unlicense$/i.test(stem)) return 'Unlicense';
  const suffix = /^licen[cs]e[-._](.+)$/i.exec(stem)?.[1];
  if (suffix === undefined) return undefined;
  return nameHints[suffix.toLowerCase()] ?? knownId(suffix);
}
