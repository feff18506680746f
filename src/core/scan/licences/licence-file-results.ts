import { licenceFromFileName } from './licence-files.ts';
import { matchLicenceText } from './licence-match.ts';

/** Characters of a licence file compared with the SPDX texts (the longest SPDX text is about 90,000). */
const maxLicenceText = 512 * 1024;

/** A licence file as the detector gets it: its text, or why it has none. */
export interface LicenceFileInput {
  path: string;
  text?: string;
  problem?: string;
}

/** One licence file and what it holds. */
export interface LicenceFileResult {
  path: string;
  spdxId: string | null;
  confidence: number;
  /** Ids with the same reference text (GPL-3.0-only → GPL-3.0-or-later). */
  alternatives: string[];
  method: 'text' | 'notice' | 'name' | 'none';
  /** True when the file text offers a choice between its licences ("at your option", "dual licensed"). */
  choice: boolean;
  /** Why the file has no text (too large, binary, unreadable). */
  problem?: string;
  note?: string;
}

const choiceWords =
  /\b(either|dual[- ]licen[cs]ed?|at your (option|choice)|choice of|you may choose|alternatively)\b/i;

/** Reads every licence file: SPDX matches by text, then notices, then the file name as a last hint. */
export function analyseLicenceFiles(files: LicenceFileInput[]): LicenceFileResult[] {
  const results: LicenceFileResult[] = [];
  for (const file of files) {
    const hint = licenceFromFileName(file.path);
    if (file.text === undefined) {
      results.push({
        path: file.path,
        spdxId: null,
        confidence: 0,
        alternatives: [],
        method: 'none',
        choice: false,
        problem: file.problem ?? 'not read',
        note: file.problem ?? 'not read',
      });
      continue;
    }
    const { matches, nearest } = matchLicenceText(file.text.slice(0, maxLicenceText));
    const choice = matches.length > 1 && choiceWords.test(file.text);
    for (const match of matches) {
      results.push({
        path: file.path,
        spdxId: match.id,
        confidence: match.confidence,
        alternatives: match.alternatives,
        method: match.method,
        choice,
      });
    }
    if (matches.length > 0) continue;
    if (hint !== undefined) {
      results.push({
        path: file.path,
        spdxId: hint,
        confidence: 0.5,
        alternatives: [],
        method: 'name',
        choice: false,
        note: 'licence taken from the file name; the text matches no SPDX licence',
      });
    } else {
      results.push({
        path: file.path,
        spdxId: null,
        confidence: nearest?.confidence ?? 0,
        alternatives: [],
        method: 'none',
        choice: false,
        note: nearest
          ? `closest SPDX text: ${nearest.id} (${Math.round(nearest.confidence * 100)}%)`
          : 'no SPDX licence text recognised',
      });
    }
  }
  return results;
}

/** Picks "-or-later" over "-only" when another source says so and the file text cannot tell them apart. */
export function refineVersions(results: LicenceFileResult[], otherIds: Set<string>): void {
  for (const result of results) {
    if (result.spdxId === null) continue;
    const later = result.alternatives.find((alternative) => otherIds.has(alternative));
    if (later !== undefined && !otherIds.has(result.spdxId)) result.spdxId = later;
  }
}
