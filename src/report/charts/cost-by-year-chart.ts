import { type CostCategory, costCategories } from '../../core/cost/cost-category.ts';
import type { OptionResult, ScenarioResult } from '../../core/cost/cost-model.ts';
import { bottomLegend } from './bottom-legend.ts';
import { axisRoom, type YearAxisTexts, yearAndCostAxes } from './chart-axes.ts';
import { type ChartSettings, renderChart } from './render-chart.ts';

/** Texts of the cost-by-year chart. */
export interface CostByYearChartSettings extends ChartSettings, YearAxisTexts {
  /** The name of a cost category, as the legend shows it. */
  categoryLabel: (category: CostCategory) => string;
}

/** One colour per cost category, in the order of `costCategories` (Tableau 10 and two more). */
export const categoryColours: Readonly<Record<CostCategory, string>> = {
  'licences-and-subscriptions': '#4e79a7',
  'implementation-and-integration': '#f28e2b',
  'customisation-and-localisation': '#e15759',
  'data-migration': '#76b7b2',
  'hardware-and-infrastructure': '#59a14f',
  'hosting-and-cloud': '#edc948',
  'training-and-capacity-building': '#b07aa1',
  'support-and-maintenance': '#ff9da7',
  staff: '#9c755f',
  'change-management': '#bab0ac',
  'exit-and-switching': '#1f3b73',
  contingency: '#86bcb6',
};

/**
 * Nominal cost per year, one stack per option side by side in each year (a series per option and
 * category, `stack` the option's id), stacked by cost category in the order of `costCategories`. The
 * legend lists the categories used; each option's name runs up its stack of year 0 (names that would
 * overlap, with many options, are left out). The default height grows with the legend's rows.
 */
export function costByYearChart(result: ScenarioResult, settings: CostByYearChartSettings): string {
  const usedBy = (option: OptionResult) =>
    costCategories.filter((category) => option.years.some((year) => category in year.byCategory));
  const used = costCategories.filter((category) =>
    result.options.some((option) => usedBy(option).includes(category)),
  );
  const legend = bottomLegend(used.map(settings.categoryLabel), settings.width ?? 640);
  const height = settings.height ?? 296 + legend.height;
  const grid = { left: 16, right: 16, top: 56, bottom: legend.height + axisRoom };
  const nameLabel = (option: OptionResult) => ({
    show: true,
    position: 'insideBottom',
    rotate: 90,
    align: 'left',
    verticalAlign: 'middle',
    distance: 6,
    formatter: () => option.name,
    fontSize: 11,
    color: '#1f1f1f',
    textBorderColor: '#ffffff',
    textBorderWidth: 3,
    width: Math.max(40, height - grid.top - grid.bottom - 12),
    overflow: 'truncate',
  });
  const series = result.options.flatMap((option) =>
    usedBy(option).map((category, index) => ({
      type: 'bar',
      name: settings.categoryLabel(category),
      stack: option.id,
      itemStyle: { color: categoryColours[category] },
      labelLayout: { hideOverlap: true },
      data: option.years.map((year) => {
        const value = year.byCategory[category] ?? 0;
        return year.year === 0 && index === 0 ? { value, label: nameLabel(option) } : value;
      }),
    })),
  );
  return renderChart(
    { legend: legend.legend, grid, ...yearAndCostAxes(result.horizonYears, settings, false), series },
    { ...settings, height },
  );
}
