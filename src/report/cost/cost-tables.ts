import { costCategories } from '../../core/cost/cost-category.ts';
import { lineAmount } from '../../core/cost/cost-line.ts';
import type { Scenario } from '../../core/cost/scenario.ts';
import type { ScenarioAnalysis } from '../../core/cost/scenario-analysis.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { CostCell, CostColumn, CostFormat, CostTable } from './cost-table.ts';

type Build = (scenario: Scenario, analysis: ScenarioAnalysis, t: Translator) => CostTable;

const column = (key: string, label: string, format: CostFormat = 'text'): CostColumn => ({
  key,
  label,
  format,
});

/** A money column: its label names the scenario's base currency. */
const money = (scenario: Scenario, key: string, label: string): CostColumn =>
  column(key, `${label} (${scenario.baseCurrency})`, 'money');

/**
 * The tables of an analysis, for spreadsheets and CSV files: the summary per option, costs by year and
 * by category, the cost lines as entered, the tornado and the NPV distribution (only when some line has a
 * range) and the parameters. Labels are in the translator's language; figures are the model's numbers, in
 * the base currency unless a column says otherwise (a line's amounts are in the line's currency).
 */
export function costTables(scenario: Scenario, analysis: ScenarioAnalysis, t: Translator): CostTable[] {
  const builds: Build[] = [summaryTable, yearsTable, categoriesTable, linesTable];
  if (analysis.tornado.length > 0) builds.push(tornadoTable);
  if (analysis.monteCarlo) builds.push(distributionTable);
  builds.push(parametersTable);
  return builds.map((build) => build(scenario, analysis, t));
}

function summaryTable(scenario: Scenario, { result }: ScenarioAnalysis, t: Translator): CostTable {
  return {
    id: 'summary',
    title: t.t('costExport.table.summary'),
    columns: [
      column('option', t.t('costExport.column.option')),
      money(scenario, 'totalNominal', t.t('costExport.column.totalNominal')),
      money(scenario, 'totalReal', t.t('costExport.column.totalReal')),
      money(scenario, 'npv', t.t('costExport.column.npv')),
      money(scenario, 'annualisedCost', t.t('costExport.column.annualisedCost')),
      money(scenario, 'costPerUser', t.t('costExport.column.costPerUser')),
      money(scenario, 'annualCostPerUser', t.t('costExport.column.annualCostPerUser')),
      column('inCountryShare', t.t('costExport.column.inCountryShare'), 'percent'),
      ...result.options.map((other) =>
        column(`breakEven.${other.id}`, t.t('costExport.column.breakEven', { option: other.name }), 'year'),
      ),
    ],
    rows: result.options.map((option) => [
      option.name,
      option.totalNominal,
      option.totalReal,
      option.npv,
      option.annualisedCost,
      option.costPerUser,
      option.annualCostPerUser,
      option.inCountryShare,
      ...result.options.map((other) => option.breakEven[other.id] ?? null),
    ]),
  };
}

function yearsTable(scenario: Scenario, { result }: ScenarioAnalysis, t: Translator): CostTable {
  return {
    id: 'years',
    title: t.t('costExport.table.years'),
    columns: [
      column('option', t.t('costExport.column.option')),
      column('year', t.t('costExport.column.year'), 'year'),
      money(scenario, 'nominal', t.t('costExport.column.nominal')),
      money(scenario, 'real', t.t('costExport.column.real')),
      money(scenario, 'discounted', t.t('costExport.column.discounted')),
      money(scenario, 'inCountry', t.t('costExport.column.inCountry')),
      money(scenario, 'funded', t.t('costExport.column.funded')),
      money(scenario, 'fundingGap', t.t('costExport.column.fundingGap')),
    ],
    rows: result.options.flatMap((option) =>
      option.years.map((year) => {
        const funding = option.funding[year.year]!;
        return [
          option.name,
          year.year,
          year.nominal,
          year.real,
          year.discounted,
          year.inCountry,
          funding.funded,
          funding.gap,
        ];
      }),
    ),
  };
}

function categoriesTable(scenario: Scenario, { result }: ScenarioAnalysis, t: Translator): CostTable {
  const used = costCategories.filter((category) =>
    result.options.some((option) => option.years.some((year) => category in year.byCategory)),
  );
  return {
    id: 'categories',
    title: t.t('costExport.table.categories'),
    columns: [
      column('option', t.t('costExport.column.option')),
      column('year', t.t('costExport.column.year'), 'year'),
      ...used.map((category) => money(scenario, category, t.label('costCategory', category))),
    ],
    rows: result.options.flatMap((option) =>
      option.years.map((year) => [
        option.name,
        year.year,
        ...used.map((category) => year.byCategory[category] ?? 0),
      ]),
    ),
  };
}

function linesTable(scenario: Scenario, _analysis: ScenarioAnalysis, t: Translator): CostTable {
  const last = scenario.horizonYears - 1;
  return {
    id: 'lines',
    title: t.t('costExport.table.lines'),
    columns: [
      column('option', t.t('costExport.column.option')),
      column('label', t.t('costExport.column.line')),
      column('category', t.t('costExport.column.category')),
      column('kind', t.t('costExport.column.kind')),
      column('startYear', t.t('costExport.column.startYear'), 'year'),
      column('endYear', t.t('costExport.column.endYear'), 'year'),
      column('amount', t.t('costExport.column.amount'), 'money'),
      column('currency', t.t('costExport.column.currency')),
      column('growth', t.t('costExport.column.growth'), 'percent'),
      column('spent', t.t('costExport.column.spent')),
      column('low', t.t('costExport.column.low'), 'money'),
      column('high', t.t('costExport.column.high'), 'money'),
    ],
    rows: scenario.options.flatMap((option) =>
      option.lines.map((line): CostCell[] => [
        option.name,
        line.label,
        t.label('costCategory', line.category),
        t.label('costKind', line.kind),
        line.startYear,
        line.kind === 'one-off' ? null : (line.endYear ?? last),
        lineAmount(line),
        line.currency ?? scenario.baseCurrency,
        line.growth,
        t.label('costSpent', line.spent),
        line.range?.low ?? null,
        line.range?.high ?? null,
      ]),
    ),
  };
}

function tornadoTable(scenario: Scenario, analysis: ScenarioAnalysis, t: Translator): CostTable {
  const names = optionNames(scenario);
  return {
    id: 'tornado',
    title: t.t('costExport.table.tornado'),
    columns: [
      column('option', t.t('costExport.column.option')),
      column('label', t.t('costExport.column.line')),
      money(scenario, 'npvLow', t.t('costExport.column.npvLow')),
      money(scenario, 'npvHigh', t.t('costExport.column.npvHigh')),
      money(scenario, 'swing', t.t('costExport.column.swing')),
    ],
    rows: analysis.tornado.map((bar) => [
      names.get(bar.optionId) ?? bar.optionId,
      bar.label,
      bar.npvLow,
      bar.npvHigh,
      bar.swing,
    ]),
  };
}

function distributionTable(scenario: Scenario, analysis: ScenarioAnalysis, t: Translator): CostTable {
  const names = optionNames(scenario);
  return {
    id: 'distribution',
    title: t.t('costExport.table.distribution'),
    columns: [
      column('option', t.t('costExport.column.option')),
      money(scenario, 'p10', t.t('costExport.column.p10')),
      money(scenario, 'p50', t.t('costExport.column.p50')),
      money(scenario, 'p90', t.t('costExport.column.p90')),
      money(scenario, 'mean', t.t('costExport.column.mean')),
      money(scenario, 'min', t.t('costExport.column.min')),
      money(scenario, 'max', t.t('costExport.column.max')),
    ],
    rows: (analysis.monteCarlo?.options ?? []).map((option) => [
      names.get(option.id) ?? option.id,
      option.p10,
      option.p50,
      option.p90,
      option.mean,
      option.min,
      option.max,
    ]),
  };
}

function parametersTable(scenario: Scenario, analysis: ScenarioAnalysis, t: Translator): CostTable {
  const rows: [string, CostCell, CostFormat][] = [];
  const add = (label: string, value: CostCell, format: CostFormat) => rows.push([label, value, format]);
  const base = scenario.baseCurrency;
  add(t.t('costExport.parameter.name'), scenario.name, 'text');
  add(t.t('costExport.parameter.horizonYears'), scenario.horizonYears, 'number');
  add(t.t('costExport.parameter.baseCurrency'), base, 'text');
  add(t.t('costExport.parameter.discountRate'), scenario.discountRate, 'percent');
  const basis = t.label('costBasis', scenario.discountBasis);
  add(t.t('costExport.parameter.discountBasis'), basis, 'text');
  add(t.t('costExport.parameter.generalInflation'), scenario.inflation.general, 'percent');
  for (const category of costCategories) {
    const rate = scenario.inflation.byCategory[category];
    const label = t.label('costCategory', category);
    if (rate !== undefined)
      add(t.t('costExport.parameter.categoryInflation', { category: label }), rate, 'percent');
  }
  for (const [currency, rate] of Object.entries(scenario.inflation.byCurrency)) {
    add(t.t('costExport.parameter.currencyInflation', { currency }), rate, 'percent');
  }
  for (const [currency, rates] of Object.entries(scenario.exchangeRates)) {
    if (typeof rates === 'number') {
      add(t.t('costExport.parameter.exchangeRate', { base, currency }), rates, 'number');
    } else {
      rates.forEach((rate, year) =>
        add(t.t('costExport.parameter.exchangeRateYear', { base, currency, year }), rate, 'number'),
      );
    }
  }
  add(t.t('costExport.parameter.users'), scenario.users, 'number');
  const simulation = analysis.monteCarlo;
  if (simulation) {
    add(t.t('costExport.parameter.seed'), simulation.seed, 'number');
    add(t.t('costExport.parameter.iterations'), simulation.iterations, 'number');
    const shape =
      simulation.shape === 'pert' ? t.t('costExport.shape.pert') : t.t('costExport.shape.triangular');
    add(t.t('costExport.parameter.shape'), shape, 'text');
  }
  return {
    id: 'parameters',
    title: t.t('costExport.table.parameters'),
    columns: [
      column('parameter', t.t('costExport.column.parameter')),
      column('value', t.t('costExport.column.value')),
    ],
    rows: rows.map(([label, value]) => [label, value]),
    rowFormats: rows.map(([, , format]) => format),
  };
}

function optionNames(scenario: Scenario): Map<string, string> {
  return new Map(scenario.options.map((option) => [option.id, option.name]));
}
