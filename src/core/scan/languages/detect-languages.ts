import { derivedEvidence, found, inconclusive, notFound } from '../tree-fact-builders.ts';
import type { ScanFacts } from '../scan-result.ts';
import type { LanguageTally } from './language-tally.ts';

/** The `languages` facts from a finished tally: breakdown, total code lines and main language. */
export function detectLanguages(tally: LanguageTally): ScanFacts['languages'] {
  const breakdown = [...tally.byLanguage.values()]
    .sort((a, b) => b.code - a.code || a.language.localeCompare(b.language))
    .map(({ language, files, code, comment, blank }) => ({ language, files, code, comment, blank }));
  const notes: string[] = [];
  if (tally.vendored > 0)
    notes.push(`${tally.vendored} files in vendored folders (node_modules, vendor…) not counted`);
  if (tally.truncated.length > 0) {
    notes.push(
      `${tally.truncated.length} files larger than the read limit counted in part: ${sample(tally.truncated)}`,
    );
  }
  if (tally.unreadable.length > 0) {
    notes.push(`${tally.unreadable.length} files unreadable or binary: ${sample(tally.unreadable)}`);
  }
  const note = notes.length > 0 ? notes.join('; ') : undefined;
  if (breakdown.length === 0) {
    const empty = { breakdown: notFound(note), code: notFound(note), primary: notFound(note) };
    if (tally.unreadable.length > 0) {
      const why = `no file could be counted; ${note}`;
      return { breakdown: inconclusive(why), code: inconclusive(why), primary: inconclusive(why) };
    }
    return empty;
  }
  const evidence = [derivedEvidence(`${breakdown.length} languages in ${sum(breakdown, 'files')} files`)];
  const code = sum(breakdown, 'code');
  const programming = [...tally.byLanguage.values()]
    .filter((totals) => totals.type === 'programming' && totals.code > 0)
    .sort((a, b) => b.code - a.code);
  const main = programming[0] ?? [...tally.byLanguage.values()].sort((a, b) => b.code - a.code)[0]!;
  const share = code > 0 ? Math.round((main.code / code) * 100) : 0;
  return {
    breakdown: found(breakdown, evidence, note),
    code: found(code, evidence, note),
    primary: found(
      main.language,
      [derivedEvidence(`${main.language}: ${main.code} of ${code} code lines (${share}%)`)],
      programming.length === 0 ? 'no programming language: the language with the most lines' : undefined,
    ),
  };
}

function sum(rows: { files: number; code: number }[], key: 'files' | 'code'): number {
  return rows.reduce((total, row) => total + row[key], 0);
}

function sample(paths: string[]): string {
  return paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 3).join(', ')}…`;
}
