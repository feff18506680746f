import { z } from 'zod';
import { countryCodes } from '../catalog/country.ts';
import { incomeGroups, libraryProfile, type CountryProfile } from './country-profile.ts';
import { matchCountry } from './match-country.ts';

/** Filters of the country list: a UN M49 region, sub-region or intermediate region name, an income group. */
export const CountryFilter = z.object({
  region: z.string().trim().max(100).optional(),
  income: z.enum(incomeGroups).optional(),
});
/** The parsed {@link CountryFilter}. */
export type CountryFilter = z.infer<typeof CountryFilter>;

/**
 * Every country the library knows, each with its stored profile when one was imported and the
 * library's codes and names otherwise, sorted by code.
 */
export function countryDirectory(stored: readonly CountryProfile[]): CountryProfile[] {
  const byCode = new Map(stored.map((profile) => [profile.code, profile]));
  for (const code of countryCodes()) {
    if (byCode.has(code)) continue;
    const profile = libraryProfile(code);
    if (profile) byCode.set(code, profile);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The profiles that meet the filter. */
export function filterCountries(
  profiles: readonly CountryProfile[],
  filter: CountryFilter,
): CountryProfile[] {
  return profiles.filter(
    (profile) =>
      (!filter.region ||
        [profile.region, profile.subRegion, profile.intermediateRegion].includes(filter.region)) &&
      (!filter.income || profile.incomeGroup === filter.income),
  );
}

/** The regions of a list of profiles, each with its sub-regions and intermediate regions, sorted. */
export function regionTree(profiles: readonly CountryProfile[]): { region: string; parts: string[] }[] {
  const tree = new Map<string, Set<string>>();
  for (const profile of profiles) {
    if (!profile.region) continue;
    const parts = tree.get(profile.region) ?? new Set<string>();
    if (profile.subRegion) parts.add(profile.subRegion);
    if (profile.intermediateRegion) parts.add(profile.intermediateRegion);
    tree.set(profile.region, parts);
  }
  return [...tree.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, parts]) => ({ region, parts: [...parts].sort() }));
}

/** Reads a country code as a URL gives it (alpha-2 or alpha-3, any case) as an alpha-2 code, if known. */
export function parseCountryCode(text: string): string | undefined {
  if (!/^[A-Za-z]{2,3}$/.test(text)) return undefined;
  const code = matchCountry(text, '');
  return code && libraryProfile(code) ? code : undefined;
}

/** The i18n key suffix of a UN M49 region name ("Sub-Saharan Africa" → "sub-saharan-africa"). */
export function regionKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}
