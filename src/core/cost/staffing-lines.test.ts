import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { staffingProposal, type StaffingProposal } from '../country/staffing-proposal.ts';
import { testStaffing } from '../country/staffing.test-support.ts';
import { costTemplate } from './cost-template.ts';
import { parseScenario } from './scenario.ts';
import { blankAmountsIn, staffingLines, withStaffLines } from './staffing-lines.ts';

const text = { label: 'Programme team (small)', roleTitle: (role: string) => `Title of ${role}` };

test('one staff line with a role per proposed role, salaries at 0 unless given', () => {
  const proposal = staffingProposal(testStaffing, { scale: 'small', products: 2 });
  const [line, ...rest] = staffingLines(proposal, text);
  assert.deepEqual(rest, []);
  assert.equal(line?.label, 'Programme team (small)');
  assert.equal(line?.category, 'staff');
  assert.equal(line?.kind, 'recurring');
  assert.equal(line?.spent, 'in-country');
  assert.deepEqual(line?.staff, [
    { role: 'Title of lead', fte: 0.75, annualSalary: 0 },
    { role: 'Title of ops', fte: 4, annualSalary: 0 },
    { role: 'Title of legal', fte: 1, annualSalary: 0 },
  ]);
  const paid = staffingLines(proposal, { ...text, salaries: { ops: 12_000 } })[0];
  assert.deepEqual(
    paid?.staff?.map((role) => role.annualSalary),
    [0, 12_000, 0],
  );
});

test('roles of 0 FTE are left out, and a proposal without any FTE makes no line', () => {
  const proposal: StaffingProposal = {
    scale: 'small',
    products: 1,
    roles: [
      { role: 'lead', fte: 0 },
      { role: 'ops', fte: 2 },
    ],
    totals: { fte: 2 },
  };
  assert.deepEqual(
    staffingLines(proposal, text)[0]?.staff?.map((role) => role.role),
    ['Title of ops'],
  );
  const none = { ...proposal, roles: [{ role: 'lead', fte: 0 }], totals: { fte: 0 } };
  assert.deepEqual(staffingLines(none, text), []);
});

test("the proposal's line takes the place of the DPG option's staff line; the other options keep theirs", () => {
  const template = costTemplate('dpg-vs-proprietary', (key) => key, 'Plan');
  const lines = staffingLines(staffingProposal(testStaffing, { scale: 'large' }), text);
  const scenario = parseScenario(withStaffLines(template, 'dpg', lines));
  const dpg = scenario.options.find((option) => option.id === 'dpg')!;
  const before = template.options.find((option) => option.id === 'dpg')!.lines;
  assert.equal(dpg.lines.length, before.length);
  assert.equal(
    dpg.lines.findIndex((line) => line.category === 'staff'),
    before.findIndex((line) => line.category === 'staff'),
  );
  assert.deepEqual(
    dpg.lines.filter((line) => line.category === 'staff').map((line) => line.label),
    ['Programme team (small)'],
  );
  assert.deepEqual(
    scenario.options.find((option) => option.id === 'proprietary')!.lines.map((line) => line.label),
    template.options.find((option) => option.id === 'proprietary')!.lines.map((line) => line.label),
  );
  const blank = costTemplate('blank', (key) => key, 'Plan');
  assert.deepEqual(withStaffLines(blank, 'a', lines).options[0]?.lines, lines, 'added when there is none');
  assert.throws(() => withStaffLines(blank, 'dpg', lines), RangeError);
});

test('in another currency without exchange rates, the placeholders become 0 to fill in', () => {
  const template = costTemplate('dpg-vs-proprietary', (key) => key, 'Plan');
  assert.equal(blankAmountsIn(template, 'USD'), template);
  const scenario = parseScenario(blankAmountsIn(template, 'XOF'));
  assert.equal(scenario.baseCurrency, 'XOF');
  const lines = scenario.options.flatMap((option) => option.lines);
  assert.equal(lines.length, template.options.flatMap((option) => option.lines).length);
  for (const line of lines) {
    assert.equal(line.range, undefined);
    assert.ok(line.amount === 0 || line.staff?.every((role) => role.annualSalary === 0 && role.fte > 0));
  }
});

const arbitraryProposal = fc
  .array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 })
  .map((quarters): StaffingProposal => ({
    scale: 'any',
    products: 1,
    roles: quarters.map((count, index) => ({ role: `role-${index}`, fte: count / 4 })),
    totals: { fte: quarters.reduce((sum, count) => sum + count, 0) / 4 },
  }));

test('property: the line holds every role with FTE, none negative, and their FTE add up to the total', () => {
  fc.assert(
    fc.property(arbitraryProposal, (proposal) => {
      const lines = staffingLines(proposal, text);
      const staff = lines.flatMap((line) => line.staff ?? []);
      const proposed = proposal.roles.filter((role) => role.fte > 0);
      assert.equal(lines.length, proposed.length > 0 ? 1 : 0);
      assert.deepEqual(
        staff.map((role) => role.role),
        proposed.map((role) => text.roleTitle(role.role)),
      );
      assert.ok(staff.every((role) => role.fte > 0));
      assert.equal(
        staff.reduce((sum, role) => sum + role.fte, 0),
        proposal.totals.fte,
      );
    }),
  );
});

test("property: for any scale and number of products, the line's FTE add up to the proposal's", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...testStaffing.scales.map((scale) => scale.id)),
      fc.integer({ min: 1, max: 50 }),
      (scale, products) => {
        const proposal = staffingProposal(testStaffing, { scale, products });
        const staff = staffingLines(proposal, text)[0]?.staff ?? [];
        assert.equal(
          staff.reduce((sum, role) => sum + role.fte, 0),
          proposal.totals.fte,
        );
      },
    ),
  );
});
