import type { OptionResult } from '../../core/cost/cost-model.ts';
import type { TornadoBar } from '../../core/cost/sensitivity.ts';
import { bottomLegend } from './bottom-legend.ts';
import { axisRoom, namesAxis, valueAxis } from './chart-axes.ts';
import { type ChartSettings, renderChart } from './render-chart.ts';

/** Texts and limit of the tornado chart. */
export interface TornadoChartSettings extends ChartSettings {
  npvAxisName: string;
  /** Legend of the part of a bar below the option's NPV (the line at its low value). */
  lowLabel: string;
  /** Legend of the part of a bar above the option's NPV (the line at its high value). */
  highLabel: string;
  /** The label of a bar (default: `line · option`). */
  barLabel?: (optionName: string, lineLabel: string) => string;
  /** Number of bars shown, the largest swings (default 10). */
  limit?: number;
}

/**
 * Tornado of the ranged lines: one horizontal bar per line from the NPV of its option with the line at
 * its low value to the NPV with it at its high value, split at the option's deterministic NPV (taken
 * from `options`), the largest swing on top, at most `limit` bars, each labelled with the line and its
 * option, its ends with their NPVs (end labels that would overlap are left out).
 */
export function tornadoChart(
  bars: readonly TornadoBar[],
  options: readonly Pick<OptionResult, 'id' | 'name' | 'npv'>[],
  settings: TornadoChartSettings,
): string {
  const width = settings.width ?? 640;
  const byId = new Map(options.map((option) => [option.id, option]));
  const barLabel = settings.barLabel ?? ((option, line) => `${line} · ${option}`);
  const shown = [...bars]
    .sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing))
    .slice(0, settings.limit ?? 10)
    .map((bar) => {
      const option = byId.get(bar.optionId);
      const low = Math.min(bar.npvLow, bar.npvHigh);
      const high = Math.max(bar.npvLow, bar.npvHigh);
      const base = Math.min(Math.max(option?.npv ?? low, low), high);
      return { label: barLabel(option?.name ?? bar.optionId, bar.label), low, base, high };
    });
  const legend = bottomLegend([settings.lowLabel, settings.highLabel], width);
  const end = (position: 'left' | 'right', value: (bar: (typeof shown)[number]) => number) => ({
    show: true,
    position,
    formatter: ({ dataIndex }: { dataIndex: number }) => settings.formatNumber(value(shown[dataIndex]!)),
  });
  return renderChart(
    {
      legend: legend.legend,
      grid: { left: 16, right: 24, top: 56, bottom: legend.height + axisRoom },
      yAxis: namesAxis(
        shown.map((bar) => bar.label),
        Math.round(width * 0.35),
      ),
      xAxis: { ...valueAxis(settings.npvAxisName, settings.formatNumber, true), boundaryGap: ['15%', '15%'] },
      series: [
        {
          type: 'bar',
          stack: 'npv',
          silent: true,
          itemStyle: { opacity: 0 },
          data: shown.map((bar) => bar.low),
        },
        {
          type: 'bar',
          stack: 'npv',
          name: settings.lowLabel,
          itemStyle: { color: '#4e79a7' },
          label: end('left', (bar) => bar.low),
          labelLayout: { hideOverlap: true },
          data: shown.map((bar) => bar.base - bar.low),
        },
        {
          type: 'bar',
          stack: 'npv',
          name: settings.highLabel,
          itemStyle: { color: '#f28e2b' },
          label: end('right', (bar) => bar.high),
          labelLayout: { hideOverlap: true },
          data: shown.map((bar) => bar.high - bar.base),
        },
      ],
    },
    { ...settings, height: settings.height ?? 296 + legend.height },
  );
}
