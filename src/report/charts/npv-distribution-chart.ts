import type { OptionResult } from '../../core/cost/cost-model.ts';
import type { MonteCarloResult } from '../../core/cost/monte-carlo.ts';
import { axisRoom, namesAxis, valueAxis } from './chart-axes.ts';
import { type ChartSettings, renderChart } from './render-chart.ts';

/** Texts of the NPV distribution chart. */
export interface NpvDistributionChartSettings extends ChartSettings {
  npvAxisName: string;
}

/**
 * The simulated NPV of each option as a horizontal box plot, in the scenario's order from the top: the
 * whiskers reach the smallest and largest draws, the box spans P10 to P90 and its line is the median
 * (P50). Options are named from `options` (by id).
 */
export function npvDistributionChart(
  monteCarlo: MonteCarloResult,
  options: readonly Pick<OptionResult, 'id' | 'name'>[],
  settings: NpvDistributionChartSettings,
): string {
  const names = new Map(options.map((option) => [option.id, option.name]));
  return renderChart(
    {
      grid: { left: 16, right: 32, top: 56, bottom: axisRoom },
      yAxis: namesAxis(
        monteCarlo.options.map((option) => names.get(option.id) ?? option.id),
        Math.round((settings.width ?? 640) * 0.35),
      ),
      xAxis: valueAxis(settings.npvAxisName, settings.formatNumber, true),
      series: [
        {
          type: 'boxplot',
          itemStyle: { color: '#a0cbe8', borderColor: '#4e79a7', borderWidth: 1.5 },
          data: monteCarlo.options.map((option) => [
            option.min,
            option.p10,
            option.p50,
            option.p90,
            option.max,
          ]),
        },
      ],
    },
    settings,
  );
}
