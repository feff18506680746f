import { html } from 'hono/html';
import { countryCodes, countryName } from '../../../core/catalog/country.ts';
import type { Translator } from '../../../i18n/translate.ts';

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
  const collator = new Intl.Collator(t.language);
  const countries = countryCodes()
    .map((code) => ({ code, name: countryName(code, t.language) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
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
