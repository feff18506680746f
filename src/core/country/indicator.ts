/** The indicator sources the toolkit reads. */
export const indicatorSources = ['gtmi', 'egdi'] as const;

/** One of {@link indicatorSources}. */
export type IndicatorSource = (typeof indicatorSources)[number];

/** One value of one indicator for one country, with where and when it was measured. */
export interface IndicatorValue {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** Indicator key, prefixed by its source ("gtmi.cgsi", "egdi.osi"). */
  indicator: string;
  /** Year of measurement (the survey wave). */
  year: number;
  source: IndicatorSource;
  /** The release the value was read from ("GTMI 2025"). */
  edition: string;
  /** The score, or null for a category-only indicator. */
  value: number | null;
  /** A category ("A" for a GTMI group), or null. */
  label: string | null;
}

/**
 * The indicators the importers write, in display order, with the scale of their value. Their labels
 * are the i18n keys `country.indicator.<key>`.
 */
export const indicatorKeys: readonly {
  key: string;
  source: IndicatorSource;
  scale: 'index' | 'rank' | 'group';
}[] = [
  { key: 'gtmi.group', source: 'gtmi', scale: 'group' },
  { key: 'gtmi.gtmi', source: 'gtmi', scale: 'index' },
  { key: 'gtmi.cgsi', source: 'gtmi', scale: 'index' },
  { key: 'gtmi.psdi', source: 'gtmi', scale: 'index' },
  { key: 'gtmi.dcei', source: 'gtmi', scale: 'index' },
  { key: 'gtmi.gtei', source: 'gtmi', scale: 'index' },
  { key: 'egdi.rank', source: 'egdi', scale: 'rank' },
  { key: 'egdi.egdi', source: 'egdi', scale: 'index' },
  { key: 'egdi.osi', source: 'egdi', scale: 'index' },
  { key: 'egdi.hci', source: 'egdi', scale: 'index' },
  { key: 'egdi.tii', source: 'egdi', scale: 'index' },
  { key: 'egdi.epi', source: 'egdi', scale: 'index' },
];

/** The latest value of each indicator in a list (by year), keyed by indicator. */
export function latestValues(values: readonly IndicatorValue[]): Map<string, IndicatorValue> {
  const latest = new Map<string, IndicatorValue>();
  for (const value of values) {
    const current = latest.get(value.indicator);
    if (!current || value.year > current.year) latest.set(value.indicator, value);
  }
  return latest;
}
