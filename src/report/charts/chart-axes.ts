/** Texts of a chart of costs by year. */
export interface YearAxisTexts {
  yearAxisName: string;
  costAxisName: string;
  /** The label of a year on the axis (default: the year number, formatted). */
  yearLabel?: (year: number) => string;
  formatNumber: (value: number) => string;
}

/** Room below a grid for the labels and name of its horizontal axis, above any legend. */
export const axisRoom = 44;

/** An axis of amounts, its labels formatted, those that would overlap left out. */
export function valueAxis(name: string, formatNumber: (value: number) => string, across = false) {
  return {
    type: 'value',
    name,
    ...(across ? { nameLocation: 'middle', nameGap: 28, scale: true } : {}),
    axisLabel: { formatter: formatNumber, hideOverlap: true },
  };
}

/** A vertical axis of named rows, the first on top, each name cut with an ellipsis at `width`. */
export function namesAxis(names: readonly string[], width: number) {
  return {
    type: 'category',
    inverse: true,
    data: [...names],
    axisLabel: { width, overflow: 'truncate' },
  };
}

/** The axes of a chart of costs by year: years 0 to `horizonYears − 1` across, costs up. */
export function yearAndCostAxes(horizonYears: number, texts: YearAxisTexts, onTicks = true) {
  const yearLabel = texts.yearLabel ?? texts.formatNumber;
  return {
    xAxis: {
      type: 'category',
      boundaryGap: !onTicks,
      name: texts.yearAxisName,
      nameLocation: 'middle',
      nameGap: 28,
      data: Array.from({ length: horizonYears }, (_, year) => yearLabel(year)),
    },
    yAxis: valueAxis(texts.costAxisName, texts.formatNumber),
  };
}
