import { npv, PaymentDueTime, pmt } from 'financial';

/** The factor that brings an amount of year `year` back to year 0: 1 / (1 + rate)^year. Year 0 gives 1. */
export function discountFactor(rate: number, year: number): number {
  return 1 / (1 + rate) ** year;
}

/** Net present value of yearly flows, the first in year 0 (not discounted), as numpy-financial's `npv`. */
export function presentValue(flows: readonly number[], rate: number): number {
  return flows.length === 0 ? 0 : npv(rate, [...flows]);
}

/**
 * Equivalent annual cost: the level amount paid at the start of each of `years` years with the same
 * present value as `npv` (a payment of an annuity due, `pmt` with payments at the beginning). A constant
 * yearly cost is its own equivalent annual cost; at a zero rate it is `npv / years`. A rate too small to
 * change 1 + rate in floating point counts as zero (`pmt` would divide by zero).
 */
export function equivalentAnnualCost(presentCost: number, rate: number, years: number): number {
  const effectiveRate = 1 + rate === 1 ? 0 : rate;
  return pmt(effectiveRate, years, -presentCost, 0, PaymentDueTime.Begin);
}
