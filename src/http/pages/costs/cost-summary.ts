import type { Scenario } from '../../../core/cost/scenario.ts';
import type { ScenarioAnalysis } from '../../../core/cost/scenario-analysis.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { moneyFormat, percentFormat } from './money.ts';

/**
 * What the figures say, in sentences a minister can read: the cheapest option in present value and by
 * how much, when it breaks even, how much spending stays in the country, how certain the ranking is, and
 * what funding is missing.
 */
export function costSummary(t: Translator, scenario: Scenario, analysis: ScenarioAnalysis): string[] {
  const money = moneyFormat(t, scenario.baseCurrency);
  const percent = percentFormat(t);
  const options = analysis.result.options;
  const nameOf = (id: string) => options.find((option) => option.id === id)?.name ?? id;
  const ranked = [...options].sort((a, b) => a.npv - b.npv);
  const cheapest = ranked[0];
  if (!cheapest) return [];
  const sentences = [
    t.t('costs.summary.cheapest', {
      years: scenario.horizonYears,
      option: cheapest.name,
      npv: money(cheapest.npv),
      basis: t.label('costBasis', scenario.discountBasis),
      rate: percent(scenario.discountRate),
    }),
  ];
  for (const other of ranked.slice(1)) {
    sentences.push(
      t.t('costs.summary.dearer', {
        option: other.name,
        difference: money(other.npv - cheapest.npv),
        npv: money(other.npv),
      }),
    );
    const year = cheapest.breakEven[other.id];
    if (year !== null && year !== undefined && year > 0)
      sentences.push(t.t('costs.summary.breakEven', { option: cheapest.name, other: other.name, year }));
  }
  for (const option of options) {
    if (option.inCountryShare !== null)
      sentences.push(
        t.t('costs.summary.inCountry', { option: option.name, share: percent(option.inCountryShare) }),
      );
  }
  const distribution = analysis.monteCarlo?.options ?? [];
  for (const range of distribution) {
    sentences.push(
      t.t('costs.summary.range', { option: nameOf(range.id), p10: money(range.p10), p90: money(range.p90) }),
    );
  }
  const first = distribution.find((range) => range.id === cheapest.id);
  for (const range of distribution) {
    if (first && range.id !== cheapest.id && range.p10 <= first.p90)
      sentences.push(t.t('costs.summary.overlap', { option: cheapest.name, other: nameOf(range.id) }));
  }
  if (scenario.funding.length > 0) {
    for (const option of options) {
      const gap = option.funding.reduce((total, year) => total + Math.max(0, year.gap), 0);
      sentences.push(
        gap > 0
          ? t.t('costs.summary.gap', { option: option.name, gap: money(gap) })
          : t.t('costs.summary.funded', { option: option.name }),
      );
    }
  }
  return sentences;
}
