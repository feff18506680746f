import { resolveCountryCode } from '../catalog/country.ts';

/** A row whose country could not be matched to an ISO code, as the file wrote it. */
export interface UnmatchedCountry {
  line: number;
  name: string;
}

/**
 * Matches a row's country to an ISO 3166-1 alpha-2 code: first by the code the file gives (alpha-2
 * or alpha-3; World Bank codes such as ROM or ZAR are not ISO and fall through), then by name.
 */
export function matchCountry(code: string, name: string): string | undefined {
  return (code ? resolveCountryCode(code) : undefined) ?? (name ? resolveCountryCode(name) : undefined);
}
