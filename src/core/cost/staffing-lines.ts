import type { StaffingProposal } from '../country/staffing-proposal.ts';
import type { CostLine } from './cost-line.ts';
import type { ScenarioInput } from './scenario.ts';

/** What names and prices the staff line made from a staffing proposal. */
export interface StaffingLineText {
  /** The line's label in the reader's language ("Programme team (capacity-needs proposal, Ministry)"). */
  label: string;
  /** A role's title in the reader's language (the title of its capacity-needs group). */
  roleTitle(role: string): string;
  /**
   * The annual salary of a role (by role id) in the scenario's base currency. A role without one gets 0:
   * the toolkit knows no local salaries, so the line costs nothing until someone fills them in.
   */
  salaries?: Readonly<Record<string, number>> | undefined;
}

/**
 * The staff cost lines of a staffing proposal: one recurring `staff` line, spent in-country from year 0,
 * with one role per proposed role of more than 0 FTE (in the proposal's order), or no line at all when no
 * role has any. Salaries come from `text.salaries`, 0 when not given; the line's FTE add up to the
 * proposal's total.
 */
export function staffingLines(proposal: StaffingProposal, text: StaffingLineText): CostLine[] {
  const staff = proposal.roles
    .filter((role) => role.fte > 0)
    .map((role) => ({
      role: text.roleTitle(role.role),
      fte: role.fte,
      annualSalary: text.salaries?.[role.role] ?? 0,
    }));
  if (staff.length === 0) return [];
  return [
    {
      label: text.label,
      category: 'staff',
      kind: 'recurring',
      startYear: 0,
      growth: 0,
      spent: 'in-country',
      staff,
    },
  ];
}

/**
 * The scenario with the `staff` lines of option `optionId` replaced by `lines` (put where the first staff
 * line was, else at the end). Throws a `RangeError` when the scenario has no such option.
 */
export function withStaffLines(scenario: ScenarioInput, optionId: string, lines: CostLine[]): ScenarioInput {
  if (!scenario.options.some((option) => option.id === optionId))
    throw new RangeError(`no option with id ${optionId}`);
  return {
    ...scenario,
    options: scenario.options.map((option) => {
      if (option.id !== optionId) return option;
      // Every line before the first staff line is another kind, so it keeps its index among the others.
      const first = option.lines.findIndex((line) => line.category === 'staff');
      const others = option.lines.filter((line) => line.category !== 'staff');
      const at = first < 0 ? others.length : first;
      return { ...option, lines: [...others.slice(0, at), ...lines, ...others.slice(at)] };
    }),
  };
}

/**
 * The scenario restated in `currency` when there is no exchange rate to convert its amounts (a template's
 * placeholders in US dollars, for a country that pays in CFA francs): every amount and salary becomes 0,
 * to be filled in; ranges and the lines' and funding sources' own currencies are dropped. The scenario
 * itself when it is already in `currency`.
 */
export function blankAmountsIn(scenario: ScenarioInput, currency: string): ScenarioInput {
  if (currency === scenario.baseCurrency) return scenario;
  return {
    ...scenario,
    baseCurrency: currency,
    exchangeRates: {},
    options: scenario.options.map((option) => ({
      ...option,
      lines: option.lines.map(({ range: _range, currency: _currency, ...line }) =>
        line.staff
          ? { ...line, staff: line.staff.map((role) => ({ ...role, annualSalary: 0 })) }
          : { ...line, amount: 0 },
      ),
    })),
    funding: (scenario.funding ?? []).map(({ currency: _currency, ...source }) => ({
      ...source,
      amounts: source.amounts.map(() => 0),
    })),
  };
}
