import { BarChart, BoxplotChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkPointComponent, TitleComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { type SvgLabel, svgForPage } from './svg-for-page.ts';

use([
  BarChart,
  BoxplotChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TitleComponent,
  LabelLayout,
  SVGRenderer,
]);

/** What every chart takes besides its data: texts, number format and size. */
export interface ChartSettings extends SvgLabel {
  /** Formats every number shown (axis labels, values), e.g. `new Intl.NumberFormat('fr').format`. */
  formatNumber: (value: number) => string;
  /** Width of the drawing in SVG units (default 640); the SVG scales to its container. */
  width?: number;
  /** Height of the drawing in SVG units (default about 320, more when the legend takes several rows). */
  height?: number;
}

/** Text style of axis labels, legends and values. */
export const chartFont = { fontFamily: 'sans-serif', fontSize: 12 } as const;

/**
 * Renders an ECharts option (without animation, the settings' title on top) to an SVG string on the
 * server and makes it page-safe with {@link svgForPage}.
 */
export function renderChart(option: EChartsCoreOption, settings: ChartSettings): string {
  const width = settings.width ?? 640;
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height: settings.height ?? 320 });
  try {
    chart.setOption({
      animation: false,
      textStyle: chartFont,
      title: {
        text: settings.title,
        left: 'center',
        textStyle: { fontSize: 14, width: width - 16, overflow: 'truncate' },
      },
      ...option,
    });
    return svgForPage(chart.renderToSVGString(), settings);
  } finally {
    chart.dispose();
  }
}
