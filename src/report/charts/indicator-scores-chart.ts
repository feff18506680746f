import { bottomLegend } from './bottom-legend.ts';
import { axisRoom, namesAxis } from './chart-axes.ts';
import { type ChartSettings, renderChart } from './render-chart.ts';

/** One bar: an indicator, its score (0–1, absent when unknown), what it rests on and its level's name. */
export interface IndicatorScoreRow {
  label: string;
  score?: number | undefined;
  basis: 'evidence' | 'answer' | 'unknown';
  /** Written at the end of the bar (e.g. "High", "Pass"); for an unknown indicator, the unknown label. */
  levelLabel?: string | undefined;
}

/** Texts of the indicator scores chart; `formatNumber` formats a percentage (0–100) of the axis. */
export interface IndicatorScoresChartSettings extends ChartSettings {
  scoreAxisName: string;
  /** Legend of bars placed by evidence and by answers. */
  evidenceLabel: string;
  answerLabel: string;
  /** Written where an unknown indicator's bar would be. */
  unknownLabel: string;
}

/** Colours of the bases, readable on white and apart for colour-blind readers. */
const colours = { evidence: '#4e79a7', answer: '#f28e2b', unknown: '#57606a' } as const;

/**
 * The indicators of one group as horizontal bars from 0 to 100 % of their scale, in model order (the
 * first on top), coloured by what placed them (evidence or answer), each ending with its level's name;
 * an indicator nobody could place has no bar, only the unknown label, so it never looks like a zero.
 */
export function indicatorScoresChart(
  rows: readonly IndicatorScoreRow[],
  settings: IndicatorScoresChartSettings,
): string {
  const width = settings.width ?? 640;
  const legend = bottomLegend([settings.evidenceLabel, settings.answerLabel], width);
  const percent = (row: IndicatorScoreRow) => Math.round((row.score ?? 0) * 100);
  const series = (basis: 'evidence' | 'answer', name: string) => ({
    type: 'bar',
    name,
    stack: 'score',
    barMaxWidth: 18,
    itemStyle: { color: colours[basis] },
    label: {
      show: true,
      position: 'right',
      formatter: ({ dataIndex }: { dataIndex: number }) => rows[dataIndex]?.levelLabel ?? '',
    },
    data: rows.map((row) => (row.basis === basis && row.score !== undefined ? percent(row) : '-')),
  });
  return renderChart(
    {
      legend: legend.legend,
      grid: { left: 16, right: 96, top: 40, bottom: legend.height + axisRoom },
      yAxis: namesAxis(
        rows.map((row) => row.label),
        Math.round(width * 0.4),
      ),
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
      series: [
        series('evidence', settings.evidenceLabel),
        series('answer', settings.answerLabel),
        {
          type: 'bar',
          stack: 'score',
          silent: true,
          itemStyle: { color: colours.unknown },
          label: {
            show: true,
            position: 'right',
            color: colours.unknown,
            formatter: ({ dataIndex }: { dataIndex: number }) =>
              rows[dataIndex]?.levelLabel ?? settings.unknownLabel,
          },
          data: rows.map((row) => (row.score === undefined ? 0 : '-')),
        },
      ],
    },
    { ...settings, height: settings.height ?? 96 + rows.length * 28 + legend.height },
  );
}
