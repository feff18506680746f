import { countLines, type LineCounts } from './count-lines.ts';
import type { LanguageDefinition, LanguageType } from './language-table.ts';

/** Files and lines of one language. */
export interface LanguageTotals extends LineCounts {
  language: string;
  type: LanguageType;
  files: number;
}

/** Running totals per language while files stream past, plus what was left out and why. */
export interface LanguageTally {
  byLanguage: Map<string, LanguageTotals>;
  /** Files counted only in part because they are larger than the read limit. */
  truncated: string[];
  /** Files of a known language skipped because they sit in a vendored folder. */
  vendored: number;
  /** Files of a known language that could not be read or looked binary. */
  unreadable: string[];
}

/** An empty tally. */
export function newLanguageTally(): LanguageTally {
  return { byLanguage: new Map(), truncated: [], vendored: 0, unreadable: [] };
}

/** Counts one file's lines into the tally (empty files are skipped, as `cloc` skips them). */
export function tallyFile(tally: LanguageTally, definition: LanguageDefinition, text: string): LineCounts {
  const counts = countLines(text, definition.comments, {
    script: definition.script,
    continuation: definition.continuation,
  });
  if (counts.code + counts.comment + counts.blank === 0) return counts;
  let totals = tally.byLanguage.get(definition.name);
  if (!totals) {
    totals = { language: definition.name, type: definition.type, files: 0, code: 0, comment: 0, blank: 0 };
    tally.byLanguage.set(definition.name, totals);
  }
  totals.files++;
  totals.code += counts.code;
  totals.comment += counts.comment;
  totals.blank += counts.blank;
  return counts;
}
