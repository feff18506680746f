import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { text } from '../assessment/model.test-support.ts';
import { capacityResult, testRoles, testStaffing } from './staffing.test-support.ts';
import { type FillDecision, StaffingRoles, maxProducts, staffingProposal } from './staffing-proposal.ts';

/** A valid staffing file: FTE grow (or stay) from scale to scale, in quarters or in whole posts. */
const arbitraryStaffing = fc
  .record({
    scales: fc.integer({ min: 1, max: 5 }),
    roles: fc.array(
      fc.record({
        partTime: fc.boolean(),
        steps: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 5, maxLength: 5 }),
        perAdditionalProduct: fc.integer({ min: 0, max: 12 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ scales, roles }) => {
    const ids = Array.from({ length: scales }, (_, index) => `scale-${index}`);
    return StaffingRoles.parse({
      scales: ids.map((id) => ({ id, label: text(id), description: text(id) })),
      roles: roles.map((role, index) => {
        const unit = role.partTime ? 0.25 : 1;
        let fte = 0;
        return {
          id: `role-${index}`,
          description: text('A role'),
          sections: ['Roles table'],
          fte: Object.fromEntries(ids.map((id, step) => [id, (fte += role.steps[step]! * unit)])),
          perAdditionalProduct: role.perAdditionalProduct * 0.25,
          partTime: role.partTime,
        };
      }),
    });
  });
const arbitraryProducts = fc.integer({ min: 1, max: maxProducts });

test('a larger scale never proposes fewer FTE for any role', () => {
  fc.assert(
    fc.property(arbitraryStaffing, arbitraryProducts, (staffing, products) => {
      const proposals = staffing.scales.map((scale) =>
        staffingProposal(staffing, { scale: scale.id, products }),
      );
      for (let index = 1; index < proposals.length; index++)
        proposals[index]!.roles.forEach((role, at) =>
          assert.ok(role.fte >= proposals[index - 1]!.roles[at]!.fte, `${role.role} at ${index}`),
        );
    }),
  );
});

test('more products never propose fewer FTE for any role', () => {
  fc.assert(
    fc.property(arbitraryStaffing, arbitraryProducts, arbitraryProducts, (staffing, a, b) => {
      const [fewer, more] = a <= b ? [a, b] : [b, a];
      for (const scale of staffing.scales) {
        const small = staffingProposal(staffing, { scale: scale.id, products: fewer });
        const large = staffingProposal(staffing, { scale: scale.id, products: more });
        large.roles.forEach((role, at) => assert.ok(role.fte >= small.roles[at]!.fte, role.role));
      }
    }),
  );
});

test('FTE are never negative, in quarter steps (whole for dedicated posts), and add up to the total', () => {
  fc.assert(
    fc.property(arbitraryStaffing, arbitraryProducts, (staffing, products) => {
      for (const scale of staffing.scales) {
        const proposal = staffingProposal(staffing, { scale: scale.id, products });
        proposal.roles.forEach((role, at) => {
          assert.ok(role.fte >= 0);
          assert.ok(Number.isInteger(role.fte * (staffing.roles[at]!.partTime ? 4 : 1)), `${role.fte}`);
        });
        assert.equal(
          proposal.totals.fte,
          proposal.roles.reduce((total, role) => total + role.fte, 0),
        );
      }
    }),
  );
});

const competencies = Object.values(testRoles).flat();
const rank: Record<Exclude<FillDecision, 'assess-first'>, number> = {
  'hire-or-second': 0,
  train: 1,
  'in-place': 2,
};
const arbitraryAnswers = fc.tuple(
  ...competencies.map(() => fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined })),
);

test('raising one competency answer never worsens a fill decision', () => {
  fc.assert(
    fc.property(arbitraryAnswers, fc.nat(), (levels, pick) => {
      const raisable = competencies.filter((_, index) => levels[index] !== undefined && levels[index] < 3);
      fc.pre(raisable.length > 0);
      const raised = raisable[pick % raisable.length]!;
      const before = Object.fromEntries(competencies.map((id, index) => [id, levels[index]]));
      const after = { ...before, [raised]: before[raised]! + 1 };
      const decisions = (answers: typeof before) =>
        staffingProposal(testStaffing, { scale: 'small', result: capacityResult(answers) }).roles.map(
          (role) => role.fill!.decision,
        );
      const [was, is] = [decisions(before), decisions(after)];
      is.forEach((decision, at) => {
        if (was[at] === 'assess-first') assert.equal(decision, 'assess-first', 'other roles unchanged');
        else
          assert.ok(
            decision !== 'assess-first' && rank[decision] >= rank[was[at]!],
            `${raised}: ${was[at]} → ${decision}`,
          );
      });
    }),
  );
});
