import spdxFull from 'spdx-license-list/full.js';
import { licenceWords, normaliseLicenceText } from './licence-normalise.ts';
import { buildShingleIndex, type ShingleIndex } from './shingle-index.ts';

/** One reference licence text (or a variant of it), fingerprinted: the set of its three-word sequences. */
export interface LicenceTemplate {
  /** The SPDX identifier reported for this text. */
  id: string;
  /** Other SPDX identifiers whose reference text is the same (GPL-3.0-only / GPL-3.0-or-later…). */
  alternatives: string[];
  /** Number of distinct three-word sequences in the text. */
  size: number;
}

/** The fingerprints of every SPDX licence text, with an index from sequence to templates. */
export interface LicenceCorpus {
  templates: LicenceTemplate[];
  /** Word → number, for the words of the reference texts only. */
  vocabulary: Map<string, number>;
  /** Sequence key → numbers of the templates that contain it. */
  index: ShingleIndex;
}

/** SPDX identifiers the list keeps only for history; their texts are matched under the current ids. */
const deprecated = new Set([
  'AGPL-1.0',
  'AGPL-3.0',
  'BSD-2-Clause-FreeBSD',
  'BSD-2-Clause-NetBSD',
  'GFDL-1.1',
  'GFDL-1.2',
  'GFDL-1.3',
  'GPL-1.0',
  'GPL-2.0',
  'GPL-2.0-with-GCC-exception',
  'GPL-2.0-with-autoconf-exception',
  'GPL-2.0-with-bison-exception',
  'GPL-2.0-with-classpath-exception',
  'GPL-2.0-with-font-exception',
  'GPL-3.0',
  'GPL-3.0-with-GCC-exception',
  'GPL-3.0-with-autoconf-exception',
  'LGPL-2.0',
  'LGPL-2.1',
  'LGPL-3.0',
  'Net-SNMP',
  'Nunit',
  'StandardML-NJ',
  'bzip2-1.0.5',
  'eCos-2.0',
  'wxWindows',
]);

/** True for an SPDX identifier that the list deprecated (including the `+` forms). */
export function isDeprecatedId(id: string): boolean {
  return deprecated.has(id) || id.endsWith('+');
}

/**
 * The key of a three-word sequence from the numbers of its words: a 30-bit hash, small enough to stay a
 * small integer in the engine (fast sets and maps); a rare collision only adds a point of similarity.
 */
export function shingleKey(a: number, b: number, c: number): number {
  return (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d)) >>> 2;
}

/**
 * The distinct three-word sequences of a word list, as keys; a sequence with a word outside the
 * vocabulary cannot match any template and gets a key of its own (negative), so it still counts.
 */
export function shingleSet(words: string[], vocabulary: Map<string, number>): Set<number> {
  const ids = words.map((word) => vocabulary.get(word) ?? -1);
  const keys = new Set<number>();
  for (let i = 0; i + 2 < ids.length; i++) {
    const a = ids[i]!;
    const b = ids[i + 1]!;
    const c = ids[i + 2]!;
    keys.add(a < 0 || b < 0 || c < 0 ? -1 - i : shingleKey(a, b, c));
  }
  return keys;
}

let corpus: LicenceCorpus | undefined;

/** The fingerprints of the SPDX licence list, built on first use (a few hundred milliseconds) and kept. */
export function licenceCorpus(): LicenceCorpus {
  corpus ??= buildCorpus();
  return corpus;
}

const endOfTerms = 'end of terms and conditions';

/**
 * A reference text and, when it ends with a "how to apply" appendix after "END OF TERMS AND
 * CONDITIONS" (Apache, GNU licences), the text without it: projects often leave the appendix out.
 */
function variants(text: string): string[] {
  const end = text.indexOf(endOfTerms);
  if (end < 0) return [text];
  const short = text.slice(0, end + endOfTerms.length);
  return short.length < text.length * 0.97 ? [text, short] : [text];
}

function buildCorpus(): LicenceCorpus {
  const byText = new Map<string, string[]>();
  for (const [id, entry] of Object.entries(spdxFull)) {
    if (isDeprecatedId(id) || !entry.licenseText) continue;
    const normal = normaliseLicenceText(entry.licenseText);
    const ids = byText.get(normal);
    if (ids) ids.push(id);
    else byText.set(normal, [id]);
  }
  const vocabulary = new Map<string, number>();
  const templates: LicenceTemplate[] = [];
  const keysByTemplate: Int32Array[] = [];
  for (const [text, ids] of byText) {
    const [id, ...alternatives] = ids.sort((a, b) => a.length - b.length || a.localeCompare(b));
    for (const variant of variants(text)) {
      const words = licenceWords(variant);
      for (const word of words) if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
      const keys = Int32Array.from(shingleSet(words, vocabulary));
      if (keys.length === 0) continue;
      templates.push({ id: id!, alternatives, size: keys.length });
      keysByTemplate.push(keys);
    }
  }
  return { templates, vocabulary, index: buildShingleIndex(keysByTemplate) };
}
