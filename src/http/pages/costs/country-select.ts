import { html } from 'hono/html';
import { countryCodes, countryName } from '../../../core/catalog/country.ts';
import type { Translator } from '../../../i18n/translate.ts';

const sorted = new Map<string, { code: string; name: string }[]>();

/** Every country with its name in a language, sorted as that language sorts; computed once per language. */
function countriesIn(language: string) {
  let countries = sorted.get(language);
  if (!countries) {
    const collator = new Intl.Collator(language);
    countries = countryCodes()
      .map((code) => ({ code, name: countryName(code, language) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sorted.set(language, countries);
  }
  return countries;
}

/** A select of every country by name in the reader's language, sorted as that language sorts. */
export function countrySelect(
  t: Translator,
  attributes: {
    id: string;
    name: string;
    selected?: string | undefined;
    emptyLabel: string;
    required?: boolean;
  },
) {
  const countries = countriesIn(t.language);
  return html`<select id="${attributes.id}" name="${attributes.name}" ${attributes.required ? 'required' : ''}>
    <option value="">${attributes.emptyLabel}</option>
    ${countries.map(
      (country) =>
        html`<option value="${country.code}" ${country.code === attributes.selected ? 'selected' : ''}>
          ${country.name}
        </option>`,
    )}
  </select>`;
}
