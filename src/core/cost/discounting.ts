/** The factor that brings an amount of year `year` back to year 0: 1 / (1 + rate)^year. Year 0 gives 1. */
export function discountFactor(rate: number, year: number): number {
  return 1 / (1 + rate) ** year;
}

/** Net present value of yearly flows, the first in year 0 (not discounted). */
export function presentValue(flows: readonly number[], rate: number): number {
  return flows.reduce((sum, flow, year) => sum + flow * discountFactor(rate, year), 0);
}

/** Present value of 1 paid at the start of each of `years` years (an annuity due): Σ 1/(1+r)^y, y < years. */
export function annuityFactor(rate: number, years: number): number {
  let factor = 0;
  for (let year = 0; year < years; year++) factor += discountFactor(rate, year);
  return factor;
}

/**
 * Equivalent annual cost: the level amount paid each year (year 0 first) over `years` years with the same
 * present value as `npv`. A constant yearly cost is its own equivalent annual cost.
 */
export function equivalentAnnualCost(npv: number, rate: number, years: number): number {
  return npv / annuityFactor(rate, years);
}
