import type { CostCategory } from './cost-category.ts';
import type { CostLine } from './cost-line.ts';
import type { ScenarioInput } from './scenario.ts';

/** The templates a new scenario can start from. */
export const costTemplateIds = ['dpg-vs-proprietary', 'dpg-vs-proprietary-vs-custom', 'blank'] as const;

/** One of {@link costTemplateIds}. */
export type CostTemplateId = (typeof costTemplateIds)[number];

/** Gives the text of a template's option or line label in the reader's language (`option.dpg`, `line.hosting`). */
export type TemplateText = (key: string) => string;

type LineInput = Omit<CostLine, 'label' | 'startYear' | 'growth'> & {
  text: string;
  startYear?: number;
  growth?: number;
};

const line = (text: string, category: CostCategory, rest: Omit<LineInput, 'text' | 'category'>) => ({
  text,
  category,
  ...rest,
});

/**
 * Illustrative lines, in US dollars at year-0 prices, laid out along the budgeting steps of the OSEE
 * framework's resource-mobilisation module (implementation, operation and maintenance, human resources,
 * contingency). The amounts are placeholders to be replaced with local quotes and salaries, not estimates.
 */
const dpgLines: LineInput[] = [
  line('line.integration', 'implementation-and-integration', {
    kind: 'one-off',
    amount: 120_000,
    spent: 'in-country',
    range: { low: 90_000, high: 200_000 },
  }),
  line('line.localisation', 'customisation-and-localisation', {
    kind: 'one-off',
    amount: 40_000,
    spent: 'in-country',
  }),
  line('line.migration', 'data-migration', { kind: 'one-off', amount: 25_000, spent: 'in-country' }),
  line('line.hosting', 'hosting-and-cloud', {
    kind: 'recurring',
    amount: 18_000,
    spent: 'abroad',
    range: { low: 12_000, high: 30_000 },
  }),
  line('line.training', 'training-and-capacity-building', {
    kind: 'recurring',
    amount: 15_000,
    spent: 'in-country',
  }),
  {
    text: 'line.team',
    category: 'staff',
    kind: 'recurring',
    staff: [
      { role: 'staff.productOwner', fte: 1, annualSalary: 24_000 },
      { role: 'staff.developer', fte: 2, annualSalary: 18_000 },
      { role: 'staff.systemAdministrator', fte: 1, annualSalary: 15_000 },
    ],
    spent: 'in-country',
  },
  line('line.support', 'support-and-maintenance', {
    kind: 'recurring',
    startYear: 1,
    amount: 20_000,
    spent: 'in-country',
    range: { low: 10_000, high: 45_000 },
  }),
  line('line.contingency', 'contingency', { kind: 'one-off', amount: 20_000, spent: 'in-country' }),
];

const proprietaryLines: LineInput[] = [
  line('line.licences', 'licences-and-subscriptions', {
    kind: 'recurring',
    amount: 90_000,
    spent: 'abroad',
    growth: 0.03,
    range: { low: 70_000, high: 120_000 },
  }),
  line('line.vendorSetup', 'implementation-and-integration', {
    kind: 'one-off',
    amount: 80_000,
    spent: 'abroad',
  }),
  line('line.migration', 'data-migration', { kind: 'one-off', amount: 25_000, spent: 'in-country' }),
  line('line.training', 'training-and-capacity-building', {
    kind: 'recurring',
    amount: 10_000,
    spent: 'abroad',
  }),
  {
    text: 'line.contractTeam',
    category: 'staff',
    kind: 'recurring',
    staff: [
      { role: 'staff.contractManager', fte: 1, annualSalary: 24_000 },
      { role: 'staff.systemAdministrator', fte: 1, annualSalary: 15_000 },
    ],
    spent: 'in-country',
  },
  line('line.exit', 'exit-and-switching', {
    kind: 'one-off',
    startYear: 9,
    amount: 60_000,
    spent: 'abroad',
    range: { low: 20_000, high: 150_000 },
  }),
];

const customLines: LineInput[] = [
  line('line.build', 'implementation-and-integration', {
    kind: 'one-off',
    amount: 400_000,
    spent: 'in-country',
    range: { low: 300_000, high: 700_000 },
  }),
  line('line.hosting', 'hosting-and-cloud', { kind: 'recurring', amount: 18_000, spent: 'abroad' }),
  line('line.maintenance', 'support-and-maintenance', {
    kind: 'recurring',
    startYear: 1,
    amount: 80_000,
    spent: 'in-country',
    range: { low: 50_000, high: 140_000 },
  }),
];

/**
 * A new scenario from a template, in US dollars at a 5% real discount rate over ten years, with labels and
 * staff roles in the reader's language. `blank` gives two options without lines.
 */
export function costTemplate(id: CostTemplateId, text: TemplateText, name: string): ScenarioInput {
  const option = (optionId: string, lines: LineInput[]) => ({
    id: optionId,
    name: text(`option.${optionId}`),
    lines: lines.map(({ text: key, staff, ...rest }) => ({
      label: text(key),
      ...rest,
      ...(staff ? { staff: staff.map((role) => ({ ...role, role: text(role.role) })) } : {}),
    })),
  });
  const options =
    id === 'blank'
      ? [option('a', []), option('b', [])]
      : [
          option('dpg', dpgLines),
          option('proprietary', proprietaryLines),
          ...(id === 'dpg-vs-proprietary-vs-custom' ? [option('custom', customLines)] : []),
        ];
  return {
    name,
    horizonYears: 10,
    baseCurrency: 'USD',
    discountRate: 0.05,
    discountBasis: 'real',
    users: 1,
    options,
  };
}
