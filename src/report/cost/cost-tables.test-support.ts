import { costCategories } from '../../core/cost/cost-category.ts';
import { computeScenario } from '../../core/cost/cost-model.ts';
import type { Scenario } from '../../core/cost/scenario.ts';
import { analyseScenario } from '../../core/cost/scenario-analysis.ts';
import type { CostCell, CostTable } from './cost-table.ts';

/**
 * The figures each table should hold, straight from `computeScenario` and `analyseScenario` (rows of the
 * non-text columns, empty cells as `null`), to check the tables and their CSV and XLSX files against.
 */
export function expectedFigures(scenario: Scenario): Record<string, (number | null)[][]> {
  const { options } = computeScenario(scenario);
  const { tornado, monteCarlo } = analyseScenario(scenario);
  const used = new Set(options.flatMap((option) => Object.keys(option.years[0]?.byCategory ?? {})));
  const categories = costCategories.filter((category) => used.has(category));
  return {
    summary: options.map((option) => [
      option.totalNominal,
      option.totalReal,
      option.npv,
      option.annualisedCost,
      option.costPerUser,
      option.annualCostPerUser,
      option.inCountryShare,
      ...options.map((other) => option.breakEven[other.id] ?? null),
    ]),
    years: options.flatMap((option) =>
      option.years.map((year) => {
        const funding = option.funding[year.year]!;
        return [
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
    categories: options.flatMap((option) =>
      option.years.map((year) => [
        year.year,
        ...categories.map((category) => year.byCategory[category] ?? 0),
      ]),
    ),
    tornado: tornado.map((bar) => [bar.npvLow, bar.npvHigh, bar.swing]),
    distribution: (monteCarlo?.options ?? []).map((option) => [
      option.p10,
      option.p50,
      option.p90,
      option.mean,
      option.min,
      option.max,
    ]),
  };
}

/** The cells of a table's non-text columns, row by row. */
export function figuresOf(table: CostTable, rows: readonly CostCell[][] = table.rows): CostCell[][] {
  const numeric = table.columns.flatMap((column, c) => (column.format === 'text' ? [] : [c]));
  return rows.map((row) => numeric.map((c) => row[c] ?? null));
}
