import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { capacityResult, testStaffing } from './staffing.test-support.ts';
import { StaffingRoles, staffingProposal } from './staffing-proposal.ts';

const fte = (proposal: ReturnType<typeof staffingProposal>) =>
  Object.fromEntries(proposal.roles.map((role) => [role.role, role.fte]));

test('FTE per role: the scale gives one product, each more adds its increment, dedicated posts rounded up', () => {
  const one = staffingProposal(testStaffing, { scale: 'small' });
  assert.equal(one.products, 1);
  assert.deepEqual(fte(one), { lead: 0.5, ops: 2, legal: 1 });
  assert.deepEqual(one.totals, { fte: 3.5 });
  assert.equal(one.roles[0]?.fill, undefined, 'no result, no fill decision');

  const four = staffingProposal(testStaffing, { scale: 'large', products: 4 });
  // lead 1 + 3 × 0.25 (part-time, quarter steps); ops 4 + 3 × 1.5 = 8.5 → 9 (whole posts); legal flat
  assert.deepEqual(fte(four), { lead: 1.75, ops: 9, legal: 1 });
  assert.equal(four.totals.fte, 11.75);
});

test('fill decisions from a capacity-needs result of the engine, with FTE totalled by decision', () => {
  const result = capacityResult({ vision: 2, policy: 3, run: 1, secure: 0, connect: 0 });
  const proposal = staffingProposal(testStaffing, { scale: 'large', products: 3, result });
  assert.deepEqual(
    proposal.roles.map((role) => [role.role, role.fill?.decision, role.fill?.assessed]),
    [
      ['lead', 'in-place', 2], // working and expert: mean 5/6
      ['ops', 'train', 3], // one at basic: someone to build on, though the mean is 1/9
      ['legal', 'assess-first', 0], // not answered
    ],
  );
  assert.deepEqual(proposal.totals, {
    fte: 9.5,
    byFill: { 'in-place': 1.5, train: 7, 'hire-or-second': 0, 'assess-first': 1 },
  });
});

test('fill thresholds: working on average is in place, all at none is hire-or-second', () => {
  const decision = (answers: Record<string, number | undefined>, role: string) =>
    staffingProposal(testStaffing, { scale: 'small', result: capacityResult(answers) }).roles.find(
      (entry) => entry.role === role,
    )?.fill?.decision;
  assert.equal(decision({ run: 2, secure: 2, connect: 2 }, 'ops'), 'in-place');
  assert.equal(decision({ run: 3, secure: 2, connect: 1 }, 'ops'), 'in-place', 'mean exactly 2/3');
  assert.equal(decision({ run: 3, secure: 1, connect: 1 }, 'ops'), 'train', 'mean 5/9');
  assert.equal(decision({ run: 0, secure: 0, connect: 0 }, 'ops'), 'hire-or-second');
  assert.equal(decision({ run: 0 }, 'ops'), 'hire-or-second', 'decided on what is assessed');
  assert.equal(decision({ run: 3 }, 'ops'), 'in-place', 'unassessed competencies do not count against');
  assert.equal(decision({ licences: 1 }, 'legal'), 'train');
});

test('a bad request is invalid_input with an issue per field', () => {
  const refused = (request: Parameters<typeof staffingProposal>[1], paths: string[]) =>
    assert.throws(
      () => staffingProposal(testStaffing, request),
      (error: unknown) =>
        error instanceof DomainError &&
        error.code === 'invalid_input' &&
        (error.details?.issues as { path: string }[]).map((issue) => issue.path).join() === paths.join(),
    );
  refused({ scale: 'national' }, ['scale']);
  refused({ scale: 'small', products: 0 }, ['products']);
  refused({ scale: 'small', products: 51 }, ['products']);
  refused({ scale: 'small', products: 2.5 }, ['products']);
  refused({ scale: 'small', products: Number.NaN }, ['products']);
  refused({ scale: 'huge', products: -1 }, ['scale', 'products']);
  const other = {
    ...capacityResult({}),
    model: { id: 'adoptability', version: 1, title: { en: 'A', fr: 'A' } },
  };
  refused({ scale: 'small', result: other }, ['result']);
  assert.equal(staffingProposal(testStaffing, { scale: 'small', products: 50 }).products, 50);
});

test('the staffing file schema refuses duplicates, missing or unknown scales, shrinking and fractional posts', () => {
  const file = structuredClone(StaffingRoles.encode(testStaffing));
  const problems = (change: (input: typeof file) => void) => {
    const input = structuredClone(file);
    change(input);
    const parsed = StaffingRoles.safeParse(input);
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  assert.deepEqual(
    problems(() => {}),
    [],
  );
  assert.deepEqual(
    problems((input) => void (input.roles[2]!.id = 'lead')),
    ['roles.2.id: the role "lead" is used twice'],
  );
  assert.deepEqual(
    problems((input) => void (input.scales[1]!.id = 'small')),
    [
      'scales.1.id: the scale "small" is used twice',
      'roles.0.fte.large: "large" is not a scale of the file',
      'roles.1.fte.large: "large" is not a scale of the file',
      'roles.2.fte.large: "large" is not a scale of the file',
    ],
  );
  assert.deepEqual(
    problems((input) => void delete input.roles[0]!.fte.large),
    ['roles.0.fte.large: no FTE for the scale "large"'],
  );
  assert.deepEqual(
    problems((input) => void (input.roles[1]!.fte.large = 1)),
    ['roles.1.fte.large: fewer FTE than at the smaller scale "small"'],
  );
  assert.deepEqual(
    problems((input) => void (input.roles[1]!.fte.small = 1.5)),
    ['roles.1.fte.small: a dedicated post (partTime: false) takes whole FTE'],
  );
  assert.deepEqual(
    problems((input) => void (input.roles[0]!.fte.small = 0.3)),
    ['roles.0.fte.small: FTE comes in quarter steps (0.25, 0.5, 0.75…)'],
  );
});
