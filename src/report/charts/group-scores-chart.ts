import { bottomLegend } from './bottom-legend.ts';
import { axisRoom, namesAxis } from './chart-axes.ts';
import { type ChartSettings, renderChart } from './render-chart.ts';

/** One product (or assessment) of a comparison: its name and its score per group (0–1, absent when unknown). */
export interface GroupScoresSeries {
  name: string;
  scores: (number | undefined)[];
}

/** Texts of the group scores chart; `formatNumber` formats a percentage (0–100) of the axis. */
export interface GroupScoresChartSettings extends ChartSettings {
  scoreAxisName: string;
  /** Written at the end of a bar whose group score is not known. */
  unknownLabel: string;
}

/** A palette of four colours that stay apart for colour-blind readers (Tableau 10). */
const palette = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1'];

/**
 * Two to four products side by side: for each group of the model (the first on top) one horizontal bar
 * per product, 0 to 100 %, each ending with its value; a group score that is not known has no bar and
 * says so, so it never reads as zero. The legend names the products in order.
 */
export function groupScoresChart(
  groups: readonly string[],
  series: readonly GroupScoresSeries[],
  settings: GroupScoresChartSettings,
): string {
  const width = settings.width ?? 640;
  const legend = bottomLegend(
    series.map((entry) => entry.name),
    width,
  );
  const percent = (score: number) => Math.round(score * 100);
  return renderChart(
    {
      legend: legend.legend,
      grid: { left: 16, right: 72, top: 40, bottom: legend.height + axisRoom },
      yAxis: namesAxis(groups, Math.round(width * 0.3)),
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 25,
        name: settings.scoreAxisName,
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: { formatter: settings.formatNumber },
      },
      series: series.map((entry, index) => ({
        type: 'bar',
        name: entry.name,
        barMaxWidth: 14,
        itemStyle: { color: palette[index % palette.length] },
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const score = entry.scores[dataIndex];
            return score === undefined ? settings.unknownLabel : settings.formatNumber(percent(score));
          },
        },
        data: groups.map((_group, group) => {
          const score = entry.scores[group];
          return score === undefined ? 0 : percent(score);
        }),
      })),
    },
    {
      ...settings,
      height: settings.height ?? 96 + groups.length * (series.length * 16 + 14) + legend.height,
    },
  );
}
