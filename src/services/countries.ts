import type { Kysely } from 'kysely';
import { CatalogQuery } from '../core/catalog/catalog-query.ts';
import { summarise, type ProductSummary } from '../core/catalog/product.ts';
import {
  countryDirectory,
  filterCountries,
  parseCountryCode,
  regionTree,
  type CountryFilter,
} from '../core/country/country-directory.ts';
import { countryFacts, type Sector } from '../core/country/country-facts.ts';
import { libraryProfile, type CountryProfile } from '../core/country/country-profile.ts';
import type { IndicatorValue } from '../core/country/indicator.ts';
import { findCountry, listCountries, listIndicatorValues } from '../storage/country.repository.ts';
import type { Database } from '../storage/schema.ts';
import type { Catalog } from './catalog.ts';

/** A country in the list: its profile and how many catalogue products are deployed there. */
export interface CountrySummary extends CountryProfile {
  deployedProducts: number;
}

/** A country's page: profile, indicator values (every year) and the catalogue products deployed there. */
export interface CountryOverview {
  profile: CountryProfile;
  indicators: IndicatorValue[];
  products: ProductSummary[];
}

/** The countries meeting the filter, with the region tree of all of them (for the filter's choices). */
export async function countryList(
  db: Kysely<Database>,
  catalog: Catalog,
  filter: CountryFilter,
): Promise<{ items: CountrySummary[]; regions: { region: string; parts: string[] }[] }> {
  const all = countryDirectory(await listCountries(db));
  const { facets } = (await catalog.index()).query(CatalogQuery.parse({ pageSize: 1 }));
  const deployed = new Map(facets.country.map((entry) => [entry.value, entry.count]));
  return {
    items: filterCountries(all, filter).map((profile) => ({
      ...profile,
      deployedProducts: deployed.get(profile.code) ?? 0,
    })),
    regions: regionTree(all),
  };
}

/** The overview of a country by alpha-2 or alpha-3 code, or undefined for an unknown code. */
export async function countryOverview(
  db: Kysely<Database>,
  catalog: Catalog,
  code: string,
): Promise<CountryOverview | undefined> {
  const profile = await findCountryProfile(db, code);
  if (!profile) return undefined;
  const alpha2 = profile.code;
  const products = (await catalog.index())
    .all()
    .filter((product) => product.deploymentCountries.some((country) => country.code === alpha2))
    .map(summarise)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { profile, indicators: await listIndicatorValues(db, { country: alpha2 }), products };
}

/** The profile of a country by alpha-2 or alpha-3 code (stored, else from the library), or undefined. */
export async function findCountryProfile(
  db: Kysely<Database>,
  code: string,
): Promise<CountryProfile | undefined> {
  const alpha2 = parseCountryCode(code);
  return alpha2 ? ((await findCountry(db, alpha2)) ?? libraryProfile(alpha2)) : undefined;
}

/** What the country facts are read for: a sector, a year the data is seen as of, indicators already loaded. */
export interface CountryFactOptions {
  sector?: Sector | undefined;
  upToYear?: number | undefined;
  /** The country's indicator values when the caller has them already (else they are read). */
  indicators?: readonly IndicatorValue[] | undefined;
}

/** The `country` facts of the country models for a profile, from its stored indicators. */
export async function profileFacts(
  db: Kysely<Database>,
  profile: CountryProfile,
  { indicators, ...options }: CountryFactOptions = {},
): Promise<Record<string, unknown>> {
  return countryFacts(
    profile,
    indicators ?? (await listIndicatorValues(db, { country: profile.code })),
    options,
  );
}

/**
 * The `country` facts of the country models (country-readiness, capacity-needs) for a code, an optional
 * sector and optionally as the data stood in a year, from the stored profile and indicators; undefined
 * for an unknown code.
 */
export async function countryAssessmentFacts(
  db: Kysely<Database>,
  code: string,
  options: CountryFactOptions = {},
): Promise<Record<string, unknown> | undefined> {
  const profile = await findCountryProfile(db, code);
  return profile && profileFacts(db, profile, options);
}
