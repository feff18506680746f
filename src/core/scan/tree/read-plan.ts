import { hasBinaryExtension } from '../binary-files.ts';
import { engineeringReads } from '../engineering/detect-engineering.ts';
import { findReadme } from '../hygiene/community-files.ts';
import { sniffsHead } from '../interoperability/detect-interoperability.ts';
import { languageOfName } from '../languages/language-of.ts';
import { declaresLicence } from '../licences/declared-licences.ts';
import { isLicenceFile } from '../licences/licence-files.ts';
import { spreadSample } from '../licences/spdx-headers.ts';
import { manifestKind } from '../manifests/manifest-files.ts';
import { findPublicCode } from '../publiccode/detect-publiccode.ts';
import { extension, isVendored } from '../tree-path.ts';

/** A file of the tree: its path, size and whether it is executable. */
export interface TreeFile {
  path: string;
  size: number;
  kind: 'file' | 'executable';
}

/** Which files to read, and why. */
export interface ReadPlan {
  /** Every file to read, in tree order: one pass reads them all. */
  read: string[];
  /** Files whose whole text the detectors need (licences, manifests, README, CI, publiccode.yml). */
  kept: Set<string>;
  /** Source files whose first lines are searched for SPDX-License-Identifier. */
  headerSample: Set<string>;
  /** Files of a known language in vendored folders, not read. */
  vendoredSkipped: number;
  readme?: string;
  publiccode?: string;
}

/** Source files whose first lines are searched for SPDX-License-Identifier. */
const headerSampleSize = 400;

/**
 * Decides what one pass over the tree reads: the files any detector needs whole, the YAML/JSON/XML files
 * whose first keys are sniffed, every file of a known language (to count its lines), executables and
 * files without extension (a `#!` line or a binary format). Binary extensions are never read, nor are
 * vendored folders unless their lines are to be counted too.
 */
export function planReads(
  files: readonly TreeFile[],
  countVendored = false,
  links: readonly string[] = [],
): ReadPlan {
  const paths = files.map((file) => file.path);
  const readme = findReadme([...paths, ...links]);
  const publiccode = findPublicCode(paths);
  const kept = new Set<string>();
  const read: string[] = [];
  let vendoredSkipped = 0;
  for (const file of files) {
    const vendored = isVendored(file.path);
    const keep =
      isLicenceFile(file.path) ||
      file.path === readme ||
      file.path === publiccode ||
      engineeringReads(file.path) ||
      (!vendored && (manifestKind(file.path) !== undefined || declaresLicence(file.path)));
    if (keep) kept.add(file.path);
    const binary = hasBinaryExtension(file.path);
    const language = binary ? undefined : languageOfName(file.path);
    if (!keep && vendored && !countVendored) {
      if (language !== undefined) vendoredSkipped++;
      continue;
    }
    const wanted =
      keep ||
      sniffsHead(file.path) ||
      language !== undefined ||
      (!binary && (file.kind === 'executable' || extension(file.path) === ''));
    if (wanted) read.push(file.path);
  }
  const programming = read.filter(
    (path) => languageOfName(path)?.type === 'programming' && !isVendored(path),
  );
  const plan: ReadPlan = {
    read,
    kept,
    headerSample: new Set(spreadSample(programming, headerSampleSize)),
    vendoredSkipped,
  };
  if (readme !== undefined) plan.readme = readme;
  if (publiccode !== undefined) plan.publiccode = publiccode;
  return plan;
}
