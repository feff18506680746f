import { countryName } from '../../core/catalog/country.ts';
import type { FacetName } from '../../core/catalog/catalog-query.ts';
import type { Translator } from '../../i18n/translate.ts';

/** The words a page shows for one value of a facet, in the reader's language. */
export function facetValueLabel(t: Translator, facet: FacetName, value: string): string {
  switch (facet) {
    case 'type':
      return t.label('type', value);
    case 'stage':
      return t.label('stage', value);
    case 'sdg':
      return `${value}. ${t.label('sdg', value)}`;
    case 'country':
      return countryName(value, t.language) ?? value;
    case 'licence':
      return value;
    case 'sector':
      return t.label('sector', value);
  }
}
