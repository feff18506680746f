import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelKey, type AssessmentModel } from '../core/assessment/assessment-model.ts';
import { readModelText } from '../core/assessment/parse-model.ts';
import { DomainError } from '../core/errors.ts';
import { loadOnce } from './load-once.ts';

/** Where the shipped assessment models live: `src/models/<id>@<version>.yaml`. */
export const modelsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'models');

const readModelsOnce = loadOnce(readModels);

/**
 * Reads and validates every model file of `directory` (once per directory; models are immutable), sorted
 * by id then version. A file whose name is not `<id>@<version>.yaml` of the model it holds is refused.
 */
export function loadAssessmentModels(directory = modelsDir): Promise<AssessmentModel[]> {
  return readModelsOnce(directory);
}

/** The model `id` at `version`, or its latest version; `DomainError('not_found')` when there is none. */
export async function getAssessmentModel(
  id: string,
  version?: number,
  directory = modelsDir,
): Promise<AssessmentModel> {
  const versions = (await loadAssessmentModels(directory)).filter((model) => model.id === id);
  const model = version === undefined ? versions.at(-1) : versions.find((entry) => entry.version === version);
  if (!model) {
    throw new DomainError(
      'not_found',
      `No assessment model ${version === undefined ? id : `${id}@${version}`}.`,
    );
  }
  return model;
}

/**
 * The model a reference names: `id` (its latest version) or `id@version`. A reference of another shape
 * is `invalid_input`; one that names no model, `not_found`.
 */
export async function resolveAssessmentModel(
  reference: string,
  directory = modelsDir,
): Promise<AssessmentModel> {
  const match = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:@([1-9]\d{0,5}))?$/.exec(reference.trim());
  if (!match)
    throw new DomainError('invalid_input', `"${reference}" is not a model name such as adoptability@1.`, {
      issues: [{ path: 'model', message: 'a model is named id or id@version, e.g. adoptability@1' }],
    });
  return getAssessmentModel(match[1]!, match[2] === undefined ? undefined : Number(match[2]), directory);
}

/** SHA-256 of a text as `sha256:<hex>`: the digest function the engine records results with. */
export function sha256Digest(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

async function readModels(directory: string): Promise<AssessmentModel[]> {
  const files = (await readdir(directory)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const models: AssessmentModel[] = [];
  for (const file of files) {
    const model = readModelText(await readFile(path.join(directory, file), 'utf8'));
    const expected = `${modelKey(model)}.yaml`;
    if (file !== expected && file !== expected.replace(/yaml$/, 'yml')) {
      throw new DomainError(
        'invalid_input',
        `The model file ${file} holds ${modelKey(model)}: name it ${expected}.`,
      );
    }
    models.push(model);
  }
  return models.sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}
