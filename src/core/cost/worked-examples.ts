import type { ScenarioInput } from './scenario.ts';

/**
 * Example 1 of docs/cost-model.md: adopt a DPG with local staff against licensing a proprietary product,
 * three years, 10% real discount rate, no inflation, 100 users, funded by a budget and a grant.
 */
export const exampleAdoptVersusLicence: ScenarioInput = {
  name: 'Adopt a DPG vs licence a proprietary system',
  horizonYears: 3,
  baseCurrency: 'USD',
  discountRate: 0.1,
  users: 100,
  options: [
    {
      id: 'dpg',
      name: 'Adopt the DPG with a local integrator',
      lines: [
        {
          label: 'Integration',
          category: 'implementation-and-integration',
          kind: 'one-off',
          amount: 10_000,
          spent: 'in-country',
          range: { low: 8_000, high: 15_000 },
        },
        {
          label: 'Support team',
          category: 'staff',
          kind: 'recurring',
          staff: [{ role: 'developer', fte: 1, annualSalary: 5_000 }],
          spent: 'in-country',
          range: { low: 4_000, high: 7_000 },
        },
        {
          label: 'Cloud hosting',
          category: 'hosting-and-cloud',
          kind: 'recurring',
          amount: 1_000,
          spent: 'abroad',
        },
      ],
    },
    {
      id: 'licence',
      name: 'Licence a proprietary product',
      lines: [
        {
          label: 'Vendor set-up',
          category: 'implementation-and-integration',
          kind: 'one-off',
          amount: 2_000,
          spent: 'abroad',
        },
        {
          label: 'Subscription',
          category: 'licences-and-subscriptions',
          kind: 'recurring',
          amount: 12_000,
          spent: 'abroad',
        },
      ],
    },
  ],
  funding: [
    { name: 'Ministry budget', kind: 'government-budget', amounts: [10_000, 5_000, 5_000] },
    { name: 'Partner grant', kind: 'development-partner-grant', option: 'dpg', amounts: [5_000] },
  ],
};

/**
 * Example 2 of docs/cost-model.md: a licence paid in euros at a moving exchange rate with its own price
 * inflation, against a local team whose pay grows faster than prices; nominal discount rate of 8%.
 */
export const exampleCurrencyAndInflation: ScenarioInput = {
  horizonYears: 2,
  baseCurrency: 'USD',
  exchangeRates: { EUR: [1.1, 1.2] },
  inflation: { general: 0.05, byCategory: { 'licences-and-subscriptions': 0.1 } },
  discountRate: 0.08,
  discountBasis: 'nominal',
  options: [
    {
      id: 'licence',
      name: 'Licence paid in euros',
      lines: [
        {
          label: 'Subscription',
          category: 'licences-and-subscriptions',
          kind: 'recurring',
          amount: 1_000,
          currency: 'EUR',
          spent: 'abroad',
        },
      ],
    },
    {
      id: 'team',
      name: 'Local team',
      lines: [
        {
          label: 'Developers',
          category: 'staff',
          kind: 'recurring',
          staff: [{ role: 'developer', fte: 2, annualSalary: 3_000 }],
          growth: 0.05,
          spent: 'in-country',
        },
      ],
    },
  ],
};
