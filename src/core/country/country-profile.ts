import countries from 'i18n-iso-countries';
import { countryName } from '../catalog/country.ts';

/** World Bank income groups, lowest first. */
export const incomeGroups = ['low', 'lower-middle', 'upper-middle', 'high'] as const;

/** One of {@link incomeGroups}. */
export type IncomeGroup = (typeof incomeGroups)[number];

/** A country or territory: its codes, names, regions, income group, currency and UN group flags. */
export interface CountryProfile {
  /** ISO 3166-1 alpha-2 code, the key everywhere in the toolkit. */
  code: string;
  /** ISO 3166-1 alpha-3 code. */
  alpha3: string;
  /** ISO 3166-1 numeric code, three digits (also the UN M49 country code). */
  numeric: string;
  /** Names in English and French. */
  names: { en: string; fr: string };
  /** UN M49 region ("Africa"), when known. */
  region?: string;
  /** UN M49 sub-region ("Sub-Saharan Africa"), when known. */
  subRegion?: string;
  /** UN M49 intermediate region ("Eastern Africa"), when there is one. */
  intermediateRegion?: string;
  /** World Bank income group, when classified. */
  incomeGroup?: IncomeGroup;
  /** ISO 4217 alphabetic code of the main currency. */
  currency?: string;
  /** UN list of least developed countries. */
  ldc: boolean;
  /** UN list of landlocked developing countries. */
  lldc: boolean;
  /** UN list of small island developing states. */
  sids: boolean;
}

/**
 * The profile the country library alone can give for an alpha-2 code (codes and names, no regions,
 * income group or flags), or undefined for an unknown code. Imported profiles complete it.
 */
export function libraryProfile(code: string): CountryProfile | undefined {
  const upper = code.toUpperCase();
  if (!countries.isValid(upper)) return undefined;
  const numeric = countries.alpha2ToNumeric(upper) ?? '';
  return {
    code: upper,
    alpha3: countries.alpha2ToAlpha3(upper) ?? '',
    numeric: numeric.padStart(3, '0'),
    names: { en: countryName(upper, 'en') ?? upper, fr: countryName(upper, 'fr') ?? upper },
    ldc: false,
    lldc: false,
    sids: false,
  };
}

/** Reads a World Bank income-group label ("Lower middle income", "LMC", 2) as an {@link IncomeGroup}. */
export function parseIncomeGroup(text: string): IncomeGroup | undefined {
  const folded = text.trim().toLowerCase();
  if (/^(low income|lic|1)$/.test(folded)) return 'low';
  if (/^(lower[ -]middle income|lmc|2)$/.test(folded)) return 'lower-middle';
  if (/^(upper[ -]middle income|umc|3)$/.test(folded)) return 'upper-middle';
  if (/^(high income|hic|4)$/.test(folded)) return 'high';
  return undefined;
}
