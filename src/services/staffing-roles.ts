import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { StaffingRoles } from '../core/country/staffing-proposal.ts';
import { DomainError } from '../core/errors.ts';
import { getAssessmentModel, modelsDir } from './assessment-models.ts';
import { loadOnce } from './load-once.ts';

/** The staffing data file of the capacity-needs model: scales and roles with their headcounts. */
export const staffingRolesFile = path.join(modelsDir, 'data', 'staffing.yaml');

/**
 * Reads and validates the staffing file (once per file), and checks that every role is a group of the
 * latest capacity-needs model. `invalid_input` names the first bad entry
 * (`roles.3 (procurement).fte.pilot: …`).
 */
export function loadStaffingRoles(file = staffingRolesFile): Promise<StaffingRoles> {
  return readOnce(file);
}

const readOnce = loadOnce(read);

async function read(file: string): Promise<StaffingRoles> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    if (!(error instanceof Error && error.name.startsWith('YAML'))) throw error;
    throw new DomainError('invalid_input', `${file}: not valid YAML: ${error.message}`);
  }
  const parsed = StaffingRoles.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(file, data, issue?.path ?? [], issue?.message ?? 'invalid');
  }
  const groups = new Set((await getAssessmentModel('capacity-needs')).groups.map((group) => group.id));
  const unknown = parsed.data.roles.findIndex((role) => !groups.has(role.id));
  if (unknown >= 0)
    throw invalid(file, data, ['roles', unknown, 'id'], 'not a group (role) of the capacity-needs model');
  return parsed.data;
}

function invalid(file: string, data: unknown, at: readonly PropertyKey[], message: string): DomainError {
  const where = at.map(String);
  const [list, index] = at;
  if (typeof list === 'string' && typeof index === 'number') {
    const entry = entryId(data, list, index);
    if (entry !== undefined) where[1] = `${index} (${entry})`;
  }
  return new DomainError('invalid_input', `${file}: ${where.join('.')}: ${message}`, {
    issues: [{ path: at.map(String).join('.'), message }],
  });
}

function entryId(data: unknown, list: string, index: number): string | undefined {
  const entries = (data as Record<string, unknown> | null)?.[list];
  const id = Array.isArray(entries) ? (entries[index] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}
