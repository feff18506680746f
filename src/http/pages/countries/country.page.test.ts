import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProductSummary } from '../../../core/catalog/product.ts';
import { libraryProfile } from '../../../core/country/country-profile.ts';
import { translator } from '../../../i18n/translate.ts';
import { countryPage } from './country.page.ts';

const product = (index: number): ProductSummary => ({
  slug: `product-${index}`,
  name: `Product ${index}`,
  description: '',
  types: ['software'],
  stage: 'dpg',
  sdgs: [],
  sectors: [],
  licences: [],
});

test('a country with many DPGs deployed lists forty and sends the reader to the catalogue for the rest', async () => {
  const overview = {
    profile: libraryProfile('KE')!,
    indicators: [],
    products: Array.from({ length: 45 }, (_, index) => product(index)),
  };
  const page = (await countryPage(translator('en'), overview)).toString();
  assert.equal((page.match(/href="\/products\/product-\d+"/g) ?? []).length, 40);
  assert.match(page, /… and 5 more, listed in the catalogue search below\./);
  assert.match(page, /href="\/products\?country=KE"/);
  const few = (
    await countryPage(translator('en'), { ...overview, products: overview.products.slice(0, 3) })
  ).toString();
  assert.doesNotMatch(few, /more, listed/);
});
