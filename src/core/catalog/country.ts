import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { countryAliases } from './country-aliases.ts';

countries.registerLocale(en);
countries.registerLocale(fr);

/** A country as a record names it: the ISO 3166-1 alpha-2 code when the name could be resolved. */
export interface CountryRef {
  /** ISO 3166-1 alpha-2 code, absent when the name could not be resolved. */
  code?: string;
  /** The name exactly as the source wrote it. */
  name: string;
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const foldedAliases = new Map(Object.entries(countryAliases).map(([name, code]) => [fold(name), code]));

function lookup(candidate: string): string | undefined {
  const trimmed = candidate.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (code) return code;
  }
  return (
    foldedAliases.get(fold(trimmed)) ??
    countries.getAlpha2Code(trimmed, 'en') ??
    countries.getSimpleAlpha2Code(trimmed, 'en') ??
    countries.getSimpleAlpha2Code(trimmed, 'fr')
  );
}

/**
 * Resolves a country name as registries spell it ("VietNam", "Palestine State",
 * "Congo (Congo-Brazzaville)", "KE", "KEN") to its ISO 3166-1 alpha-2 code.
 * Returns undefined when no single country matches; the caller keeps the name as written.
 */
export function resolveCountryCode(name: string): string | undefined {
  if (!name.trim()) return undefined;
  const direct = lookup(name);
  if (direct) return direct;
  const outside = name.replace(/\(.*?\)/g, ' ').trim();
  const inside = /\((.*?)\)/.exec(name)?.[1];
  return (outside && outside !== name ? lookup(outside) : undefined) ?? (inside ? lookup(inside) : undefined);
}

/** Turns a list of written names into country references, dropping blanks and duplicates. */
export function toCountryRefs(names: readonly unknown[]): CountryRef[] {
  const seen = new Set<string>();
  const refs: CountryRef[] = [];
  for (const raw of names) {
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const name = raw.trim();
    const code = resolveCountryCode(name);
    const key = code ?? `?${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(code ? { code, name } : { name });
  }
  return refs;
}

/** The country's name in the given language ("en" or "fr"), or undefined for an unknown code. */
export function countryName(code: string, language: string): string | undefined {
  return countries.getName(code, language, { select: 'official' }) ?? countries.getName(code, 'en');
}

/** Every ISO 3166-1 alpha-2 code the country library knows, sorted. */
export function countryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}

/** True when the text is an ISO 3166-1 alpha-2 code (upper case) of a known country. */
export function isCountryCode(text: string): boolean {
  return /^[A-Z]{2}$/.test(text) && countries.isValid(text);
}
