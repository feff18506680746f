import { html } from 'hono/html';
import { costCategories } from '../../../core/cost/cost-category.ts';
import { fundingKinds } from '../../../core/cost/funding-source.ts';
import type { MessageKey, Translator } from '../../../i18n/translate.ts';
import { csrfField } from '../render-page.ts';
import { countrySelect } from './country-select.ts';
import { blankLines, type FieldErrors, formShape, type FormValues } from './cost-form.ts';
import { fieldId, formField } from '../form-field.ts';

/** What the edit form shows: the values as typed, the errors to correct, and where to post. */
export interface CostEditView {
  id: string;
  revision: number;
  values: FormValues;
  errors: FieldErrors;
  /** A message above the form (nothing was saved, someone else saved first). */
  notice?: string | undefined;
  csrf: string;
}

/**
 * The scenario editor: one form that works without JavaScript. Every option and line is a group of
 * labelled fields; blank groups at the end add an option, lines or a funding source; a tick removes one.
 */
export function costEditPage(t: Translator, view: CostEditView) {
  const state = { values: view.values, errors: view.errors };
  const shape = formShape(view.values);
  const optionCount = shape.lines.length + 1;
  const choices = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t.label(prefix, value) }));
  const optionChoices = [
    { value: '', label: t.t('costs.field.anyOption') },
    ...shape.lines.map((_, o) => ({
      value: view.values[`o${o}.id`] ?? '',
      label: view.values[`o${o}.name`] || view.values[`o${o}.id`] || '',
    })),
  ].filter((choice, index) => index === 0 || choice.value);
  const errorEntries = Object.entries(view.errors);

  const line = (o: number, l: number) => {
    const name = (field: string) => `o${o}.l${l}.${field}`;
    const isNew = l >= (shape.lines[o] ?? 0);
    return html`<fieldset class="line">
      <legend>${isNew ? t.t('costs.field.newLine') : t.t('costs.field.line', { number: l + 1 })}</legend>
      <div class="field-grid">
        ${formField(name('label'), t.t('costs.field.label'), { kind: 'text', maxlength: 200 }, state)}
        ${formField(name('category'), t.t('costs.field.category'), { kind: 'select', choices: choices('costCategory', costCategories) }, state)}
        ${formField(name('kind'), t.t('costs.field.kind'), { kind: 'select', choices: choices('costKind', ['recurring', 'one-off']) }, state)}
        ${formField(name('amount'), t.t('costs.field.amount'), { kind: 'number', min: '0' }, state)}
        ${formField(name('startYear'), t.t('costs.field.startYear'), { kind: 'number', step: '1', min: '0' }, state)}
        ${formField(name('endYear'), t.t('costs.field.endYear'), { kind: 'number', step: '1', min: '0' }, state)}
        ${formField(name('low'), t.t('costs.field.low'), { kind: 'number', min: '0' }, state)}
        ${formField(name('high'), t.t('costs.field.high'), { kind: 'number', min: '0' }, state)}
        ${formField(name('growth'), t.t('costs.field.growth'), { kind: 'number' }, state)}
        ${formField(name('currency'), t.t('costs.field.currency'), { kind: 'text', maxlength: 3 }, state)}
        ${formField(name('spent'), t.t('costs.field.spent'), { kind: 'select', choices: choices('costSpent', ['in-country', 'abroad']) }, state)}
      </div>
      ${formField(name('staff'), t.t('costs.field.staff'), { kind: 'textarea', rows: 2 }, state, t.t('costs.field.staffHint'))}
      ${isNew ? '' : formField(name('remove'), t.t('costs.field.removeLine'), { kind: 'checkbox' }, state)}
    </fieldset>`;
  };

  const option = (o: number) => {
    const isNew = o >= shape.lines.length;
    const lineCount = (shape.lines[o] ?? 0) + blankLines;
    return html`<fieldset class="option">
      <legend>${isNew ? t.t('costs.field.newOption') : t.t('costs.field.option', { number: o + 1 })}</legend>
      ${view.values[`o${o}.id`] ? html`<input type="hidden" name="o${o}.id" value="${view.values[`o${o}.id`]}" />` : ''}
      ${formField(`o${o}.name`, t.t('costs.field.optionName'), { kind: 'text', maxlength: 200 }, state)}
      ${isNew ? '' : formField(`o${o}.remove`, t.t('costs.field.removeOption'), { kind: 'checkbox' }, state)}
      ${Array.from({ length: lineCount }, (_, l) => line(o, l))}
    </fieldset>`;
  };

  const funding = (f: number) => {
    const name = (field: string) => `f${f}.${field}`;
    const isNew = f >= shape.funding;
    return html`<fieldset class="line">
      <legend>${isNew ? t.t('costs.field.newFunding') : t.t('costs.field.funding', { number: f + 1 })}</legend>
      <div class="field-grid">
        ${formField(name('name'), t.t('costs.field.fundingName'), { kind: 'text', maxlength: 200 }, state)}
        ${formField(name('kind'), t.t('costs.field.fundingKind'), { kind: 'select', choices: choices('fundingKind', fundingKinds) }, state)}
        ${formField(name('option'), t.t('costs.field.fundingOption'), { kind: 'select', choices: optionChoices }, state)}
        ${formField(name('currency'), t.t('costs.field.currency'), { kind: 'text', maxlength: 3 }, state)}
      </div>
      ${formField(name('amounts'), t.t('costs.field.amounts'), { kind: 'text' }, state, t.t('costs.field.amountsHint'))}
      ${isNew ? '' : formField(name('remove'), t.t('costs.field.removeFunding'), { kind: 'checkbox' }, state)}
    </fieldset>`;
  };

  return html`<p class="breadcrumb">
      <a href="/costs">${t.t('costs.title')}</a> ›
      <a href="/costs/${view.id}">${view.values.name || t.t('costs.untitled')}</a>
    </p>
    <h1>${t.t('costs.editTitle')}</h1>
    ${
      view.notice || errorEntries.length > 0
        ? html`<div class="error-summary" role="alert" tabindex="-1" id="problems">
          <h2>${view.notice ?? t.plural('costs.errorCount', errorEntries.length)}</h2>
          ${
            errorEntries.length > 0
              ? html`<ul>
                ${errorEntries.map(
                  ([field, message]) =>
                    html`<li><a href="#${fieldId(field)}">${fieldLabel(t, field)}: ${message}</a></li>`,
                )}
              </ul>`
              : ''
          }
        </div>`
        : ''
    }
    <form method="post" action="/costs/${view.id}" class="cost-form" novalidate>
      <input type="hidden" name="revision" value="${view.revision}" />
      ${csrfField(view.csrf)}
      <fieldset class="general">
        <legend>${t.t('costs.field.general')}</legend>
        <div class="field-grid">
          ${formField('name', t.t('costs.name'), { kind: 'text', maxlength: 200 }, state)}
          <div class="field${view.errors.country ? ' has-error' : ''}">
            <label for="${fieldId('country')}">${t.t('costs.country')}</label>
            ${countrySelect(t, {
              id: fieldId('country'),
              name: 'country',
              selected: view.values.country,
              emptyLabel: t.t('costs.chooseCountry'),
            })}
            ${view.errors.country ? html`<p class="field-error">${view.errors.country}</p>` : ''}
          </div>
          ${formField('horizonYears', t.t('costs.field.horizon'), { kind: 'number', step: '1', min: '1' }, state)}
          ${formField('baseCurrency', t.t('costs.field.baseCurrency'), { kind: 'text', maxlength: 3 }, state)}
          ${formField('discountRate', t.t('costs.field.discountRate'), { kind: 'number', min: '0' }, state)}
          ${formField('discountBasis', t.t('costs.field.discountBasis'), { kind: 'select', choices: choices('costBasis', ['real', 'nominal']) }, state)}
          ${formField('inflation', t.t('costs.field.inflation'), { kind: 'number' }, state)}
          ${formField('users', t.t('costs.field.users'), { kind: 'number', min: '0' }, state)}
        </div>
        ${formField('products', t.t('costs.productsField'), { kind: 'text' }, state, t.t('costs.productsHint'))}
        ${formField('exchangeRates', t.t('costs.field.exchangeRates'), { kind: 'textarea', rows: 2 }, state, t.t('costs.field.exchangeRatesHint'))}
        ${formField('inflationOverrides', t.t('costs.field.inflationOverrides'), { kind: 'textarea', rows: 2 }, state, t.t('costs.field.inflationOverridesHint'))}
      </fieldset>
      ${Array.from({ length: optionCount }, (_, o) => option(o))}
      <fieldset class="funding">
        <legend>${t.t('costs.field.fundingHeading')}</legend>
        ${Array.from({ length: shape.funding + 1 }, (_, f) => funding(f))}
      </fieldset>
      <p class="actions">
        <button type="submit">${t.t('costs.save')}</button>
        <a href="/costs/${view.id}">${t.t('costs.cancel')}</a>
      </p>
    </form>`;
}

const labelKeys: Record<string, MessageKey> = {
  name: 'costs.name',
  country: 'costs.country',
  products: 'costs.productsField',
  horizonYears: 'costs.field.horizon',
  baseCurrency: 'costs.field.baseCurrency',
  discountRate: 'costs.field.discountRate',
  discountBasis: 'costs.field.discountBasis',
  inflation: 'costs.field.inflation',
  users: 'costs.field.users',
  exchangeRates: 'costs.field.exchangeRates',
  inflationOverrides: 'costs.field.inflationOverrides',
  label: 'costs.field.label',
  category: 'costs.field.category',
  kind: 'costs.field.kind',
  amount: 'costs.field.amount',
  startYear: 'costs.field.startYear',
  endYear: 'costs.field.endYear',
  low: 'costs.field.low',
  high: 'costs.field.high',
  growth: 'costs.field.growth',
  currency: 'costs.field.currency',
  spent: 'costs.field.spent',
  staff: 'costs.field.staff',
  amounts: 'costs.field.amounts',
  option: 'costs.field.fundingOption',
};

/** Where a field is, in words: "Option 1, cost line 2, First year". */
function fieldLabel(t: Translator, field: string): string {
  const match = /^(?:o(\d+)\.)?(?:l(\d+)\.)?(?:f(\d+)\.)?(\w+)$/.exec(field);
  if (!match) return field;
  const [, option, line, funding, name = ''] = match;
  const key =
    option !== undefined && line === undefined && name === 'name'
      ? 'costs.field.optionName'
      : labelKeys[name];
  const kind = funding !== undefined && name === 'name' ? 'costs.field.fundingName' : key;
  return [
    option === undefined ? '' : t.t('costs.field.option', { number: Number(option) + 1 }),
    line === undefined ? '' : t.t('costs.field.line', { number: Number(line) + 1 }),
    funding === undefined ? '' : t.t('costs.field.funding', { number: Number(funding) + 1 }),
    kind ? t.t(kind) : name,
  ]
    .filter(Boolean)
    .join(', ');
}
