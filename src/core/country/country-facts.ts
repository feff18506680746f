import type { CountryProfile } from './country-profile.ts';
import { latestValues, type IndicatorValue } from './indicator.ts';

/** The sectors the country models know, for their sector modifiers. */
export const sectors = [
  'health',
  'education',
  'identity',
  'finance-payments',
  'social-protection',
  'agriculture',
  'environment-climate',
  'justice',
] as const;

/** One of {@link sectors}. */
export type Sector = (typeof sectors)[number];

/**
 * The `country` facts the country models read: the profile's groups, the chosen sector, and the latest
 * GTMI and EGDI values by short name with their year (`country.gtmi.cgsi`, `country.egdi.hci`,
 * `country.gtmi.group`). A source with no value is left out, so rules on it stay unknown. With `upToYear`,
 * values published after that year are ignored, so the country is seen as the data then showed it.
 */
export function countryFacts(
  profile: CountryProfile,
  indicators: readonly IndicatorValue[],
  options: { sector?: Sector | undefined; upToYear?: number | undefined } = {},
): Record<string, unknown> {
  const known = indicators.filter(
    (value) => options.upToYear === undefined || value.year <= options.upToYear,
  );
  const facts: Record<string, unknown> = {
    code: profile.code,
    ldc: profile.ldc,
    lldc: profile.lldc,
    sids: profile.sids,
  };
  if (profile.region) facts.region = profile.region;
  if (profile.subRegion) facts.subRegion = profile.subRegion;
  if (profile.incomeGroup) facts.incomeGroup = profile.incomeGroup;
  if (options.sector) facts.sector = options.sector;
  for (const source of ['gtmi', 'egdi'] as const) {
    const values = [...latestValues(known.filter((value) => value.source === source)).values()];
    if (values.length === 0) continue;
    const entry: Record<string, unknown> = { year: Math.max(...values.map((value) => value.year)) };
    for (const value of values) entry[value.indicator.slice(source.length + 1)] = value.label ?? value.value;
    facts[source] = entry;
  }
  return facts;
}
