import type { CostLine } from '../../../core/cost/cost-line.ts';
import type { FundingSource } from '../../../core/cost/funding-source.ts';
import type { Scenario } from '../../../core/cost/scenario.ts';
import type { Translator } from '../../../i18n/translate.ts';

/**
 * The edit form as flat text fields, exactly as a person typed them, so a refused form comes back with
 * nothing lost. Names: `name`, `country`, … for the scenario; `o{i}.name`, `o{i}.l{j}.amount`, … for
 * options and their lines; `f{k}.name`, … for funding sources.
 */
export type FormValues = Record<string, string>;

/** Field name → message, for the fields a person must correct. */
export type FieldErrors = Record<string, string>;

/** Blank rows offered for new lines, options and funding sources. */
export const blankLines = 2;

const lineFields = [
  'label',
  'category',
  'kind',
  'startYear',
  'endYear',
  'amount',
  'staff',
  'currency',
  'spent',
  'low',
  'high',
  'growth',
] as const;
const fundingFields = ['name', 'kind', 'option', 'currency', 'amounts'] as const;

/** A number exactly (the shortest text that reads back as the same number). */
const show = (value: number | undefined) => (value === undefined ? '' : String(value));
/** A rate as a percentage without float noise (0.07 shows as 7, not 7.000000000000001). */
const percent = (rate: number | undefined) =>
  rate === undefined ? '' : String(Number((rate * 100).toPrecision(12)));

/** The form of a saved scenario. */
export function formValuesOf(draft: { country: string; products: string[]; scenario: Scenario }): FormValues {
  const { scenario } = draft;
  const values: FormValues = {
    name: scenario.name,
    country: draft.country,
    products: draft.products.join(', '),
    horizonYears: show(scenario.horizonYears),
    baseCurrency: scenario.baseCurrency,
    discountRate: percent(scenario.discountRate),
    discountBasis: scenario.discountBasis,
    inflation: percent(scenario.inflation.general),
    inflationOverrides: [
      ...Object.entries(scenario.inflation.byCategory),
      ...Object.entries(scenario.inflation.byCurrency),
    ]
      .map(([key, rate]) => `${key} = ${percent(rate)}`)
      .join('\n'),
    exchangeRates: Object.entries(scenario.exchangeRates)
      .map(([code, rate]) => `${code} = ${typeof rate === 'number' ? show(rate) : rate.map(show).join(' ')}`)
      .join('\n'),
    users: show(scenario.users),
  };
  scenario.options.forEach((option, o) => {
    values[`o${o}.id`] = option.id;
    values[`o${o}.name`] = option.name;
    option.lines.forEach((line, l) => Object.assign(values, lineValues(`o${o}.l${l}`, line)));
  });
  scenario.funding.forEach((source, f) => Object.assign(values, fundingValues(`f${f}`, source)));
  return values;
}

function lineValues(prefix: string, line: CostLine): FormValues {
  return {
    [`${prefix}.label`]: line.label,
    [`${prefix}.category`]: line.category,
    [`${prefix}.kind`]: line.kind,
    [`${prefix}.startYear`]: show(line.startYear),
    [`${prefix}.endYear`]: show(line.endYear),
    [`${prefix}.amount`]: show(line.amount),
    [`${prefix}.staff`]: (line.staff ?? [])
      .map((role) => `${role.role} | ${show(role.fte)} | ${show(role.annualSalary)}`)
      .join('\n'),
    [`${prefix}.currency`]: line.currency ?? '',
    [`${prefix}.spent`]: line.spent,
    [`${prefix}.low`]: show(line.range?.low),
    [`${prefix}.high`]: show(line.range?.high),
    [`${prefix}.growth`]: line.growth === 0 ? '' : percent(line.growth),
  };
}

function fundingValues(prefix: string, source: FundingSource): FormValues {
  return {
    [`${prefix}.name`]: source.name,
    [`${prefix}.kind`]: source.kind,
    [`${prefix}.option`]: source.option ?? '',
    [`${prefix}.currency`]: source.currency ?? '',
    [`${prefix}.amounts`]: source.amounts.map(show).join(' '),
  };
}

/** How many options, lines per option and funding sources the values hold (highest index + 1). */
export function formShape(values: FormValues): { lines: number[]; funding: number } {
  const lines: number[] = [];
  let funding = 0;
  for (const key of Object.keys(values)) {
    const line = /^o(\d+)\.l(\d+)\./.exec(key);
    const option = /^o(\d+)\./.exec(key);
    const source = /^f(\d+)\./.exec(key);
    if (option) {
      const o = Number(option[1]);
      lines[o] = Math.max(lines[o] ?? 0, line ? Number(line[2]) + 1 : 0);
    }
    if (source) funding = Math.max(funding, Number(source[1]) + 1);
  }
  return { lines: Array.from(lines, (count) => count ?? 0), funding };
}

/** What a submitted form turns into: the draft to validate, the errors found while reading the text. */
export interface ReadForm {
  draft: { country: string; products: string[]; scenario: Record<string, unknown> };
  errors: FieldErrors;
  /** `scenario.options.{i}` ↔ `o{n}` and `scenario.options.{i}.lines.{j}` ↔ `o{n}.l{m}`: to place errors. */
  fieldOf: (path: string) => string;
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * Reads a submitted form: blank rows are skipped, rows ticked "remove" dropped, numbers parsed (a comma
 * as decimal mark is accepted), percentages turned into rates. Text that is not a number is reported on
 * its field; the scenario's own rules are checked afterwards by the schema.
 */
export function readForm(values: FormValues, t: Translator): ReadForm {
  const errors: FieldErrors = {};
  const number = (field: string, { percentage = false } = {}): number | undefined => {
    if (blank(values[field])) return undefined;
    const parsed = parseNumber(values[field]!, percentage);
    if (parsed === undefined) errors[field] = t.t('costs.error.notNumber');
    return parsed;
  };
  const text = (field: string) => (blank(values[field]) ? undefined : values[field]!.trim());
  const pairs = (field: string, read: (value: string) => unknown) =>
    Object.fromEntries(
      (values[field] ?? '')
        .split(/\r?\n/)
        .filter((row) => row.trim())
        .map((row) => {
          const [key = '', value = ''] = row.split('=');
          const parsed = read(value.trim());
          if (parsed === undefined) errors[field] = t.t('costs.error.pair', { row: row.trim() });
          const name = key.trim();
          return [/^[a-z]{3}$/i.test(name) ? name.toUpperCase() : name.toLowerCase(), parsed];
        }),
    );
  const numberList = (value: string) => {
    const numbers = value
      .split(/[\s;]+/)
      .filter(Boolean)
      .map((part) => parseNumber(part, false));
    return numbers.length > 0 && numbers.every((entry) => entry !== undefined) ? numbers : undefined;
  };

  const shape = formShape(values);
  const optionFields: string[] = [];
  const lineFieldsOf: string[][] = [];
  const options = shape.lines.flatMap((lineCount, o) => {
    const prefix = `o${o}`;
    const lineRows = Array.from({ length: lineCount }, (_, l) => `${prefix}.l${l}`).filter(
      (row) =>
        !values[`${row}.remove`] &&
        lineFields.some(
          (field) => !blank(values[`${row}.${field}`]) && !isDefault(field, values[`${row}.${field}`]),
        ),
    );
    if (blank(values[`${prefix}.name`]) && lineRows.length === 0) return [];
    if (values[`${prefix}.remove`]) return [];
    optionFields.push(prefix);
    lineFieldsOf.push(lineRows);
    return [
      {
        id: text(`${prefix}.id`) ?? `option-${o + 1}`,
        name: values[`${prefix}.name`]?.trim() ?? '',
        lines: lineRows.map((row) => readLine(row)),
      },
    ];
  });

  function readLine(row: string) {
    const staffText = values[`${row}.staff`] ?? '';
    const staff = staffText
      .split(/\r?\n/)
      .filter((entry) => entry.trim())
      .map((entry) => {
        const [role = '', fte = '', salary = ''] = entry.split('|').map((part) => part.trim());
        const fteNumber = parseNumber(fte, false);
        const salaryNumber = parseNumber(salary, false);
        if (!role || fteNumber === undefined || salaryNumber === undefined)
          errors[`${row}.staff`] = t.t('costs.error.staff', { row: entry.trim() });
        return { role, fte: fteNumber ?? 0, annualSalary: salaryNumber ?? 0 };
      });
    const low = number(`${row}.low`);
    const high = number(`${row}.high`);
    const line: Record<string, unknown> = {
      label: values[`${row}.label`]?.trim() ?? '',
      category: values[`${row}.category`] ?? '',
      kind: values[`${row}.kind`] ?? '',
      startYear: number(`${row}.startYear`) ?? 0,
      endYear: number(`${row}.endYear`),
      spent: values[`${row}.spent`] ?? '',
      growth: number(`${row}.growth`, { percentage: true }) ?? 0,
      currency: text(`${row}.currency`)?.toUpperCase(),
    };
    if (staff.length > 0) line.staff = staff;
    else line.amount = number(`${row}.amount`) ?? 0;
    if (low !== undefined || high !== undefined) line.range = { low, high };
    return line;
  }

  const fundingRows = Array.from({ length: shape.funding }, (_, f) => `f${f}`).filter(
    (row) =>
      !values[`${row}.remove`] &&
      fundingFields.some((field) => !blank(values[`${row}.${field}`]) && field !== 'kind'),
  );
  const funding = fundingRows.map((row) => {
    const amountsText = values[`${row}.amounts`] ?? '';
    const amounts = blank(amountsText) ? [] : numberList(amountsText);
    if (amounts === undefined) errors[`${row}.amounts`] = t.t('costs.error.amounts');
    return {
      name: values[`${row}.name`]?.trim() ?? '',
      kind: values[`${row}.kind`] ?? '',
      option: text(`${row}.option`),
      currency: text(`${row}.currency`)?.toUpperCase(),
      amounts: amounts ?? [],
    };
  });

  const inflationOverrides = pairs('inflationOverrides', (value) => parseNumber(value, true));
  const byCurrency = Object.fromEntries(
    Object.entries(inflationOverrides).filter(([key]) => /^[A-Z]{3}$/.test(key)),
  );
  const byCategory = Object.fromEntries(
    Object.entries(inflationOverrides).filter(([key]) => !/^[A-Z]{3}$/.test(key)),
  );
  const scenario: Record<string, unknown> = {
    name: values.name?.trim() ?? '',
    horizonYears: number('horizonYears'),
    baseCurrency: values.baseCurrency?.trim().toUpperCase() ?? '',
    exchangeRates: pairs('exchangeRates', (value) => {
      const list = numberList(value);
      return list === undefined ? undefined : list.length === 1 ? list[0] : list;
    }),
    inflation: { general: number('inflation', { percentage: true }) ?? 0, byCategory, byCurrency },
    discountRate: number('discountRate', { percentage: true }),
    discountBasis: values.discountBasis,
    users: number('users'),
    options,
    funding,
  };
  const products = (values.products ?? '')
    .split(/[,\n]/)
    .map((product) => product.trim())
    .filter(Boolean);

  const fieldOf = (path: string) => {
    const parts = path.split('.');
    if (parts[0] !== 'scenario') return parts[0] === 'products' ? 'products' : (parts[0] ?? '');
    const [, section, first, sub, second, field] = parts;
    if (section === 'options' && first !== undefined) {
      const option = optionFields[Number(first)] ?? 'o0';
      if (sub === 'lines' && second !== undefined) {
        const row = lineFieldsOf[Number(first)]?.[Number(second)] ?? `${option}.l0`;
        const name = field === 'range' ? 'low' : field === 'staff' ? 'staff' : (field ?? 'label');
        return `${row}.${name}`;
      }
      return `${option}.${sub === 'id' ? 'name' : (sub ?? 'name')}`;
    }
    if (section === 'funding' && first !== undefined)
      return `${fundingRows[Number(first)] ?? 'f0'}.${sub ?? 'name'}`;
    if (section === 'inflation')
      return first === 'general' || first === undefined ? 'inflation' : 'inflationOverrides';
    return section ?? 'name';
  };

  return {
    draft: { country: values.country?.trim().toUpperCase() ?? '', products, scenario },
    errors,
    fieldOf,
  };
}

/** Selects that always carry a value do not make a blank row count as filled. */
function isDefault(field: string, value: string | undefined): boolean {
  return (field === 'kind' || field === 'spent' || field === 'category') && value !== undefined;
}

/**
 * A number as people type it: spaces or commas between thousands (1,000,000), a comma or a point as
 * decimal mark (1,5 or 1.5).
 */
function parseNumber(text: string, percentage: boolean): number | undefined {
  const spaceless = text.replace(/\s/g, '');
  const compact = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(spaceless)
    ? spaceless.replace(/,/g, '')
    : spaceless.replace(',', '.');
  const parsed = Number(compact);
  if (!compact || !Number.isFinite(parsed)) return undefined;
  return percentage ? parsed / 100 : parsed;
}
