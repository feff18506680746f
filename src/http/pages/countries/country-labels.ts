import { regionKey } from '../../../core/country/country-directory.ts';
import type { CountryProfile } from '../../../core/country/country-profile.ts';
import type { Translator } from '../../../i18n/translate.ts';

/** The country's name in the reader's language. */
export const localName = (t: Translator, profile: CountryProfile): string =>
  t.language === 'fr' ? profile.names.fr : profile.names.en;

/** A UN M49 region name in the reader's language (the English name when no translation exists). */
export const regionLabel = (t: Translator, name: string): string => {
  const label = t.label('unRegion', regionKey(name));
  return label.startsWith('unRegion.') || label === regionKey(name) ? name : label;
};

/** The UN groups the country belongs to. */
export const flagKeys = (profile: CountryProfile): ('ldc' | 'lldc' | 'sids')[] =>
  (['ldc', 'lldc', 'sids'] as const).filter((flag) => profile[flag]);

/** The UN groups the country belongs to (LDC, LLDC, SIDS), as short labels. */
export const countryFlags = (t: Translator, profile: CountryProfile): string[] =>
  (['ldc', 'lldc', 'sids'] as const)
    .filter((flag) => profile[flag])
    .map((flag) => t.t(`countries.flag.${flag}`));
