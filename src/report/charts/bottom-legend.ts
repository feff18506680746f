import { chartFont } from './render-chart.ts';

const rowHeight = 22;
const iconAndGaps = 25 + 5 + 10;

/** A legend along the bottom of a chart, and the height its rows take, for the grid to leave free. */
export interface BottomLegend {
  legend: Record<string, unknown>;
  height: number;
}

/**
 * A legend of `names` along the bottom of a chart `width` wide, each name cut with an ellipsis to a third
 * of the width, wrapping onto as many rows as needed; `height` estimates those rows (text measured at
 * 0.62 em a character, as ECharts does without a canvas, give or take).
 */
export function bottomLegend(names: readonly string[], width: number): BottomLegend {
  const textWidth = Math.floor(width / 3);
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = Math.min(textWidth, name.length * 0.62 * chartFont.fontSize) + iconAndGaps;
    if (used > 0 && used + item > width - 10) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return {
    legend: {
      bottom: 4,
      data: [...names],
      textStyle: { ...chartFont, width: textWidth, overflow: 'truncate' },
    },
    height: rows * rowHeight + 8,
  };
}
