import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EvidenceLibrary } from '../core/evidence/case-study.ts';
import { DomainError } from '../core/errors.ts';
import { modelsDir } from './assessment-models.ts';
import { loadOnce } from './load-once.ts';

/** The evidence library data file. */
export const evidenceLibraryFile = path.join(modelsDir, 'data', 'case-studies.yaml');

const readOnce = loadOnce(read);

/** Reads and validates the evidence library (once per file: it ships with the code). */
export function loadEvidenceLibrary(file = evidenceLibraryFile): Promise<EvidenceLibrary> {
  return readOnce(file);
}

async function read(file: string): Promise<EvidenceLibrary> {
  const parsed = EvidenceLibrary.safeParse(parseYaml(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('invalid_input', `${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
