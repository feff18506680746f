import type { Scenario } from '../core/cost/scenario.ts';
import type { ScenarioAnalysis } from '../core/cost/scenario-analysis.ts';

/** The figures of each option of an analysed scenario as lines of English text, for a terminal. */
export function costSummaryText(scenario: Scenario, analysis: ScenarioAnalysis): string {
  const { result, monteCarlo, tornado } = analysis;
  const money = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: result.currency,
    currencyDisplay: 'code',
  }).format;
  const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format;
  const names = new Map(result.options.map((option) => [option.id, option.name]));
  const lowest = Math.min(...result.options.map((option) => option.npv));
  const row = (label: string, value: string) => `  ${label.padEnd(22)} ${value}`;
  const years = scenario.horizonYears === 1 ? '1 year' : `${scenario.horizonYears} years`;
  const users = `${scenario.users.toLocaleString('en')} ${scenario.users === 1 ? 'user' : 'users'}`;
  const lines = [
    scenario.name,
    `${years}, in ${result.currency}, ${percent(result.discountRate)} ${result.discountBasis} discount rate, ${users}`,
  ];
  for (const option of result.options) {
    const distribution = monteCarlo?.options.find((candidate) => candidate.id === option.id);
    const breakEven = Object.entries(option.breakEven).map(([id, year]) =>
      year === null ? `never against ${names.get(id)}` : `year ${year} against ${names.get(id)}`,
    );
    lines.push(
      '',
      `${option.name} [${option.id}]`,
      row('NPV', `${money(option.npv)}${option.npv === lowest ? '  (lowest)' : ''}`),
      row('Total cost', `${money(option.totalNominal)} nominal, ${money(option.totalReal)} in year-0 prices`),
      row('Annualised cost', `${money(option.annualisedCost)} a year`),
      row('Per user', `${money(option.costPerUser)} NPV, ${money(option.annualCostPerUser)} a year`),
      row(
        'Spent in the country',
        option.inCountryShare === null ? 'no cost' : percent(option.inCountryShare),
      ),
      ...breakEven.map((text, index) => row(index === 0 ? 'Break-even' : '', text)),
    );
    if (distribution) {
      const spread = [distribution.p10, distribution.p50, distribution.p90].map(money).join(' / ');
      lines.push(row('NPV P10 / P50 / P90', spread));
    }
  }
  if (monteCarlo) {
    lines.push(
      '',
      `Ranges: ${monteCarlo.iterations.toLocaleString('en')} draws (${monteCarlo.shape.toUpperCase()}), seed ${monteCarlo.seed}.`,
      'Largest NPV swings:',
      ...tornado
        .slice(0, 5)
        .map((bar) => `  ${money(bar.swing).padStart(18)}  ${bar.label} [${bar.optionId}]`),
    );
  }
  return `${lines.join('\n')}\n`;
}
