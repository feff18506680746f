import { DomainError } from '../errors.ts';
import type { IndicatorValue } from './indicator.ts';
import type { UnmatchedCountry } from './match-country.ts';

/** What an indicator file holds once read: the values, and the rows no country matched. */
export interface IndicatorFile {
  /** Data rows in the file. */
  rows: number;
  values: IndicatorValue[];
  unmatched: UnmatchedCountry[];
}

/** Throws `invalid_input` listing the bad cells of a file (the first ten in the message). */
export function refuseBadCells(source: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10).join('; ');
  const more = problems.length > 10 ? ` and ${problems.length - 10} more` : '';
  throw new DomainError('invalid_input', `${source} has unreadable cells: ${shown}${more}.`, { problems });
}
