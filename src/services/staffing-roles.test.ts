import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { assess } from '../core/assessment/assess.ts';
import { staffingProposal } from '../core/country/staffing-proposal.ts';
import { DomainError } from '../core/errors.ts';
import { getAssessmentModel, sha256Digest } from './assessment-models.ts';
import { loadStaffingRoles, staffingRolesFile } from './staffing-roles.ts';

test('the shipped staffing file validates and covers exactly the roles of capacity-needs', async () => {
  const staffing = await loadStaffingRoles();
  const model = await getAssessmentModel('capacity-needs', 1);
  assert.deepEqual(
    staffing.roles.map((role) => role.id),
    model.groups.map((group) => group.id),
  );
  assert.equal(staffing.roles.length, 10);
  assert.deepEqual(
    staffing.scales.map((scale) => scale.id),
    ['pilot', 'ministry', 'national', 'multi-country'],
  );
  const text = await readFile(staffingRolesFile, 'utf8');
  assert.match(text, /planning assumption/i, 'the file says the numbers are ours');
});

test('a capacity-needs assessment and the shipped file give a national staffing proposal', async () => {
  const [staffing, model] = await Promise.all([loadStaffingRoles(), getAssessmentModel('capacity-needs', 1)]);
  const result = assess(
    model,
    {},
    {
      strategyRoadmap: { value: 'most' },
      sovereigntyPolicy: { value: 'all' },
      licenceCompliance: { value: 'some' },
      communityManagement: { value: 'nobody' },
    },
    { digest: sha256Digest },
  );
  const proposal = staffingProposal(staffing, { scale: 'national', products: 3, result });
  const byRole = Object.fromEntries(proposal.roles.map((role) => [role.role, role]));
  assert.equal(byRole.strategy?.fill?.decision, 'in-place');
  assert.equal(byRole['legal-policy']?.fill?.decision, 'train');
  assert.equal(byRole.community?.fill?.decision, 'hire-or-second');
  assert.equal(byRole.technical?.fill?.decision, 'assess-first');
  assert.equal(byRole.technical?.fte, 12, 'technical: 8 + 2 × 2 more products');
  assert.equal(
    proposal.totals.fte,
    proposal.roles.reduce((total, role) => total + role.fte, 0),
  );
  const byFill = Object.values(proposal.totals.byFill!).reduce((total, value) => total + value, 0);
  assert.equal(byFill, proposal.totals.fte);
});

test('a bad staffing file is refused, naming the first bad entry', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'staffing-'));
  try {
    const shipped = await readFile(staffingRolesFile, 'utf8');
    const refused = async (text: string, message: RegExp) => {
      const file = path.join(directory, 'staffing.yaml');
      await writeFile(file, text);
      await assert.rejects(
        loadStaffingRoles(file),
        (error: unknown) =>
          error instanceof DomainError && error.code === 'invalid_input' && message.test(error.message),
      );
    };
    await refused(
      shipped.replace('id: procurement', 'id: purchasing'),
      /roles\.2 \(purchasing\)\.id: not a group \(role\) of the capacity-needs model/,
    );
    await refused(
      shipped.replace('      pilot: 0.25\n      ministry: 0.5', '      pilot: 0.25\n      ministry: 0.1'),
      /roles\.2 \(procurement\)\.fte\.ministry: FTE comes in quarter steps/,
    );
    await refused(
      shipped.replace('partTime: false', 'partTime: no'),
      /roles\.1 \(service-design\)\.partTime/,
    );
    await refused('roles: [', /not valid YAML/);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
