import { cumulative } from '../../core/cost/break-even.ts';
import type { OptionResult, ScenarioResult } from '../../core/cost/cost-model.ts';
import { bottomLegend } from './bottom-legend.ts';
import { axisRoom, type YearAxisTexts, yearAndCostAxes } from './chart-axes.ts';
import { type ChartSettings, renderChart } from './render-chart.ts';

/** Texts of the cumulative cost chart. */
export interface CumulativeCostChartSettings extends ChartSettings, YearAxisTexts {
  /** The mark of the year from which an option costs no more than `otherName`, e.g. "cheaper than X". */
  breakEvenLabel: (otherName: string) => string;
}

/**
 * Cumulative discounted cost of each option over the years, one line per option (the legend names
 * them), with a mark on an option's line at its break-even year against each other option whose
 * `breakEven` is not null (one mark per year, its label a line per other option, beside the point in the
 * first and last years and above it otherwise). The default height grows with the legend's rows.
 */
export function cumulativeCostChart(result: ScenarioResult, settings: CumulativeCostChartSettings): string {
  const width = settings.width ?? 640;
  const legend = bottomLegend(
    result.options.map((option) => option.name),
    width,
  );
  const names = new Map(result.options.map((option) => [option.id, option.name]));
  const marks = (option: OptionResult, totals: readonly number[]) => {
    const others = new Map<number, string[]>();
    for (const [otherId, year] of Object.entries(option.breakEven)) {
      if (year === null) continue;
      const text = settings.breakEvenLabel(names.get(otherId) ?? otherId);
      others.set(year, [...(others.get(year) ?? []), text]);
    }
    return [...others].map(([year, texts]) => ({
      coord: [year, totals[year]],
      label: {
        position: year === 0 ? 'right' : year === result.horizonYears - 1 ? 'left' : 'top',
        formatter: () => texts.join('\n'),
      },
    }));
  };
  const series = result.options.map((option) => {
    const totals = cumulative(option.years.map((year) => year.discounted));
    return {
      type: 'line',
      name: option.name,
      data: totals,
      markPoint: {
        symbol: 'circle',
        symbolSize: 10,
        label: { width: width / 2, overflow: 'truncate', distance: 8 },
        data: marks(option, totals),
      },
    };
  });
  return renderChart(
    {
      legend: legend.legend,
      grid: { left: 16, right: 24, top: 56, bottom: legend.height + axisRoom },
      ...yearAndCostAxes(result.horizonYears, settings),
      series,
    },
    { ...settings, height: settings.height ?? 296 + legend.height },
  );
}
