import { z } from '@hono/zod-openapi';

const money = z.number();

const YearCostSchema = z.object({
  year: z.number().int(),
  nominal: money,
  real: money,
  discounted: money,
  inCountry: money,
  byCategory: z.record(z.string(), money),
});

const FundingYearSchema = z.object({
  year: z.number().int(),
  cost: money,
  funded: money,
  gap: money,
  byKind: z.record(z.string(), money),
});

const OptionResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  years: z.array(YearCostSchema),
  totalNominal: money,
  totalReal: money,
  npv: money,
  annualisedCost: money,
  costPerUser: money,
  annualCostPerUser: money,
  inCountryShare: z.number().nullable(),
  breakEven: z.record(z.string(), z.number().int().nullable()),
  funding: z.array(FundingYearSchema),
});

/** The figures, tornado and distribution of a scenario, as the API returns them. */
export const ScenarioAnalysisSchema = z
  .object({
    result: z.object({
      currency: z.string(),
      horizonYears: z.number().int(),
      discountRate: z.number(),
      discountBasis: z.enum(['real', 'nominal']),
      options: z.array(OptionResultSchema),
    }),
    tornado: z.array(
      z.object({
        optionId: z.string(),
        lineIndex: z.number().int(),
        label: z.string(),
        npvLow: money,
        npvHigh: money,
        swing: money,
      }),
    ),
    monteCarlo: z
      .object({
        seed: z.number().int(),
        iterations: z.number().int(),
        shape: z.enum(['pert', 'triangular']),
        options: z.array(
          z.object({
            id: z.string(),
            p10: money,
            p50: money,
            p90: money,
            mean: money,
            min: money,
            max: money,
          }),
        ),
      })
      .nullable(),
  })
  .openapi('ScenarioAnalysis');

/** Query parameters that set the simulation of an analysis. */
export const AnalysisQuery = z.object({
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional()
    .openapi({ description: 'Seed of the Monte Carlo simulation (the same seed gives the same figures).' }),
  iterations: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .openapi({ description: 'Number of Monte Carlo draws (default 2,000).' }),
});
