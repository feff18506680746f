import type { Scenario } from '../../../core/cost/scenario.ts';
import type { ScenarioAnalysis } from '../../../core/cost/scenario-analysis.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { costByYearChart } from '../../../report/charts/cost-by-year-chart.ts';
import { cumulativeCostChart } from '../../../report/charts/cumulative-cost-chart.ts';
import { npvDistributionChart } from '../../../report/charts/npv-distribution-chart.ts';
import { tornadoChart } from '../../../report/charts/tornado-chart.ts';
import type { PageChart } from './cost-scenario.page.ts';

/** The charts of a scenario's results page, with texts in the reader's language. */
export function costCharts(t: Translator, scenario: Scenario, analysis: ScenarioAnalysis): PageChart[] {
  const compact = new Intl.NumberFormat(t.language, { notation: 'compact', maximumFractionDigits: 1 });
  const formatNumber = (value: number) => compact.format(value);
  const costAxisName = t.t('costs.chart.costAxis', { currency: scenario.baseCurrency });
  const yearAxisName = t.t('costs.col.year');
  const { result, tornado, monteCarlo } = analysis;
  const chart = (id: string, make: (texts: { id: string; title: string; description: string }) => string) => {
    const title = t.label('costs.chart.title', id);
    const description = t.label('costs.chart.description', id);
    return { id: `chart-${id}`, caption: description, svg: make({ id: `chart-${id}`, title, description }) };
  };
  const charts: PageChart[] = [
    chart('byYear', (texts) =>
      costByYearChart(result, {
        ...texts,
        formatNumber,
        yearAxisName,
        costAxisName,
        categoryLabel: (category) => t.label('costCategory', category),
      }),
    ),
    chart('cumulative', (texts) =>
      cumulativeCostChart(result, {
        ...texts,
        formatNumber,
        yearAxisName,
        costAxisName,
        breakEvenLabel: (other) => t.t('costs.chart.breakEven', { other }),
      }),
    ),
  ];
  if (tornado.length > 0)
    charts.push(
      chart('tornado', (texts) =>
        tornadoChart(tornado, result.options, {
          ...texts,
          formatNumber,
          npvAxisName: t.t('costs.chart.npvAxis', { currency: scenario.baseCurrency }),
          lowLabel: t.t('costs.chart.low'),
          highLabel: t.t('costs.chart.high'),
        }),
      ),
    );
  if (monteCarlo)
    charts.push(
      chart('distribution', (texts) =>
        npvDistributionChart(monteCarlo, result.options, {
          ...texts,
          formatNumber,
          npvAxisName: t.t('costs.chart.npvAxis', { currency: scenario.baseCurrency }),
        }),
      ),
    );
  return charts;
}
