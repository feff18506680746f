import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TrainingMaterials, type TrainingMaterial } from '../core/country/training-plan.ts';
import { DomainError } from '../core/errors.ts';
import { modelsDir } from './assessment-models.ts';
import { loadOnce } from './load-once.ts';

/** The training materials data file of the capacity-needs model. */
export const trainingMaterialsFile = path.join(modelsDir, 'data', 'training-materials.yaml');

/** Reads and validates the training materials (once per file); `invalid_input` names the first bad entry. */
export function loadTrainingMaterials(file = trainingMaterialsFile): Promise<TrainingMaterial[]> {
  return readOnce(file);
}

const readOnce = loadOnce(read);

async function read(file: string): Promise<TrainingMaterial[]> {
  const parsed = TrainingMaterials.safeParse(parseYaml(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('invalid_input', `${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data.materials;
}
