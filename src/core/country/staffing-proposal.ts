import { z } from 'zod';
import type { AssessmentResult } from '../assessment/assessment-result.ts';
import { invalidInput, type InputIssue } from '../assessment/input-issue.ts';
import { LocalizedText } from '../assessment/localized-text.ts';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const fteValue = z
  .number()
  .finite()
  .min(0, 'FTE must be 0 or more')
  .max(1000, 'FTE must be 1000 or less')
  .refine((value) => Number.isInteger(value * 4), 'FTE comes in quarter steps (0.25, 0.5, 0.75…)');

/** A programme scale (pilot, ministry, national, multi-country), smallest first in the file. */
export const StaffingScale = z.strictObject({
  id,
  label: LocalizedText,
  description: LocalizedText,
});
/** The parsed {@link StaffingScale}. */
export type StaffingScale = z.infer<typeof StaffingScale>;

/**
 * One role of a DPG programme and its headcount. `id` is a group (role) id of the capacity-needs model;
 * `sections` cite where the training framework defines it. `fte[scale]` is the FTE for a programme of that
 * scale running one product; each product beyond the first adds `perAdditionalProduct`. A `partTime` role
 * may be a share of someone's time (quarter steps); other roles are dedicated posts (whole FTE).
 */
export const StaffingRole = z.strictObject({
  id,
  description: LocalizedText,
  sections: z.array(z.string().trim().min(1)).min(1),
  fte: z.record(z.string(), fteValue),
  perAdditionalProduct: fteValue.default(0),
  partTime: z.boolean(),
});
/** The parsed {@link StaffingRole}. */
export type StaffingRole = z.infer<typeof StaffingRole>;

/**
 * The staffing data file: `{ scales, roles }`. Beyond the shape it checks that scale and role ids are
 * unique, that every role gives an FTE for exactly the file's scales, never fewer at a larger scale, and
 * whole FTE for a role that is not `partTime`.
 */
export const StaffingRoles = z
  .strictObject({ scales: z.array(StaffingScale).min(1), roles: z.array(StaffingRole).min(1) })
  .superRefine((file, context) => {
    const problem = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    const scales = file.scales.map((scale) => scale.id);
    scales.forEach((scale, index) => {
      if (scales.indexOf(scale) !== index)
        problem(['scales', index, 'id'], `the scale "${scale}" is used twice`);
    });
    const roles = file.roles.map((role) => role.id);
    file.roles.forEach((role, index) => {
      if (roles.indexOf(role.id) !== index)
        problem(['roles', index, 'id'], `the role "${role.id}" is used twice`);
      for (const key of Object.keys(role.fte))
        if (!scales.includes(key))
          problem(['roles', index, 'fte', key], `"${key}" is not a scale of the file`);
      let previous: { scale: string; fte: number } | undefined;
      for (const scale of scales) {
        const fte = role.fte[scale];
        if (fte === undefined) {
          problem(['roles', index, 'fte', scale], `no FTE for the scale "${scale}"`);
          continue;
        }
        if (!role.partTime && !Number.isInteger(fte))
          problem(['roles', index, 'fte', scale], 'a dedicated post (partTime: false) takes whole FTE');
        if (previous && fte < previous.fte)
          problem(['roles', index, 'fte', scale], `fewer FTE than at the smaller scale "${previous.scale}"`);
        previous = { scale, fte };
      }
    });
  });
/** The parsed {@link StaffingRoles} file. */
export type StaffingRoles = z.infer<typeof StaffingRoles>;

/** How a role should be filled, best first; `assess-first` when none of its competencies is assessed. */
export const fillDecisions = ['in-place', 'train', 'hire-or-second', 'assess-first'] as const;
/** One of {@link fillDecisions}. */
export type FillDecision = (typeof fillDecisions)[number];

/** Most products a proposal plans for. */
export const maxProducts = 50;

/** What to staff: a scale id of the file, how many products (1 to {@link maxProducts}, default 1). */
export interface StaffingRequest {
  scale: string;
  products?: number;
  /** A capacity-needs result: when given, each role says how it should be filled. */
  result?: AssessmentResult;
}

/** How a role should be filled, from the capacity-needs result. */
export interface RoleFill {
  decision: FillDecision;
  /** 0–1: the role's group score (weighted mean of its assessed competencies); absent when none is. */
  score?: number;
  /** Applicable competencies of the role in the result, and how many of them are assessed. */
  competencies: number;
  assessed: number;
}

/** The FTE proposed for one role and, with a result, how to fill it. */
export interface RoleStaffing {
  role: string;
  fte: number;
  fill?: RoleFill;
}

/** A staffing proposal: each role of the file in file order, the total FTE and, with a result, FTE by fill. */
export interface StaffingProposal {
  scale: string;
  products: number;
  roles: RoleStaffing[];
  totals: { fte: number; byFill?: Record<FillDecision, number> };
}

const epsilon = 1e-9;

/**
 * Proposes how many people each role needs for a programme of `scale` running `products` products, and,
 * given a capacity-needs `result`, how each role should be filled.
 *
 * FTE of a role = `fte[scale] + perAdditionalProduct × (products − 1)`, rounded up to a whole post unless
 * the role is `partTime` (then in quarter steps). A larger scale or more products never gives fewer FTE.
 *
 * Fill decision from the role's applicable competencies in the result (score 0–1: none 0, basic 1/3,
 * working 2/3, expert 1):
 * - `assess-first`: none of them is assessed (or the result does not have the role);
 * - `in-place`: the role's score (weighted mean of the assessed ones) is at least 2/3, working level;
 * - `train`: otherwise, when the score is at least 1/3 or one competency is at basic level or above:
 *   there are people to build on;
 * - `hire-or-second`: every assessed competency is at none: hire, or second someone from elsewhere.
 * Competencies not assessed yet do not count against the role; raising an answer never worsens the
 * decision.
 *
 * Throws `DomainError('invalid_input')` with `details.issues` when the scale is not one of the file, the
 * number of products is not a whole number from 1 to {@link maxProducts}, or the result is not of the
 * capacity-needs model.
 */
export function staffingProposal(staffing: StaffingRoles, request: StaffingRequest): StaffingProposal {
  const { scale, products = 1, result } = request;
  const issues: InputIssue[] = [];
  if (!staffing.scales.some((entry) => entry.id === scale))
    issues.push({
      path: 'scale',
      message: `"${scale}" is not a scale; one of ${staffing.scales.map((entry) => entry.id).join(', ')}`,
    });
  if (!Number.isInteger(products) || products < 1 || products > maxProducts)
    issues.push({ path: 'products', message: `products must be a whole number from 1 to ${maxProducts}` });
  if (result && result.model.id !== 'capacity-needs')
    issues.push({ path: 'result', message: `a capacity-needs result is needed, not ${result.model.id}` });
  if (issues.length > 0) throw invalidInput('staffing request', issues);

  const roles = staffing.roles.map((role): RoleStaffing => {
    const raw = (role.fte[scale] ?? 0) + role.perAdditionalProduct * (products - 1);
    const fte = role.partTime ? Math.ceil(raw * 4 - epsilon) / 4 : Math.ceil(raw - epsilon);
    return result ? { role: role.id, fte, fill: roleFill(role.id, result) } : { role: role.id, fte };
  });
  const totals: StaffingProposal['totals'] = { fte: sum(roles.map((role) => role.fte)) };
  if (result)
    totals.byFill = Object.fromEntries(
      fillDecisions.map((decision) => [
        decision,
        sum(roles.filter((role) => role.fill?.decision === decision).map((role) => role.fte)),
      ]),
    ) as Record<FillDecision, number>;
  return { scale, products, roles, totals };
}

function roleFill(role: string, result: AssessmentResult): RoleFill {
  const competencies = result.indicators.filter(
    (indicator) => indicator.group === role && indicator.applicable,
  );
  const scores = competencies.flatMap((indicator) =>
    indicator.score === undefined ? [] : [indicator.score],
  );
  const counts = { competencies: competencies.length, assessed: scores.length };
  if (scores.length === 0) return { decision: 'assess-first', ...counts };
  const score =
    result.profile.groups.find((group) => group.id === role)?.score ?? sum(scores) / scores.length;
  const decision: FillDecision =
    score >= 2 / 3 - epsilon
      ? 'in-place'
      : score >= 1 / 3 - epsilon || scores.some((value) => value >= 1 / 3 - epsilon)
        ? 'train'
        : 'hire-or-second';
  return { decision, score, ...counts };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
