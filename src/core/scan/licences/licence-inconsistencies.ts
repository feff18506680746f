import { fileEvidence, manifestEvidence } from '../tree-fact-builders.ts';
import type { Evidence } from '../scan-result.ts';
import { dirName } from '../tree-path.ts';
import type { DeclaredLicence } from './declared-licences.ts';
import type { LicenceFileResult } from './licence-file-results.ts';
import { licenceFromFileName } from './licence-files.ts';
import { families, sameSet } from './repository-licence.ts';
import type { SpdxHeader } from './spdx-headers.ts';
import { licenceFamily, parseSpdxExpression } from './spdx-expression.ts';

/** One disagreement between licence sources, in words, with where it shows. */
export interface Inconsistency {
  text: string;
  evidence: Evidence;
}

/**
 * Disagreements between the licence sources: a file named for one licence holding another, manifests
 * or publiccode.yml declaring something else than the repository licence (or something not SPDX), and
 * sampled SPDX headers naming licences outside it.
 */
export function findInconsistencies(
  results: LicenceFileResult[],
  input: {
    declared: DeclaredLicence[];
    headers: { found: { path: string; header: SpdxHeader }[] };
    publiccode?: { path: string; licence: string; line?: number };
  },
  repositoryIds: string[],
): Inconsistency[] {
  const publiccodeIds = input.publiccode ? parseSpdxExpression(input.publiccode.licence)?.ids : undefined;
  const items: Inconsistency[] = [];
  const repository = families(repositoryIds);
  const covered = (ids: string[]) => ids.every((id) => repository.has(licenceFamily(id)));
  for (const result of results) {
    const hint = licenceFromFileName(result.path);
    if (
      hint !== undefined &&
      result.spdxId !== null &&
      result.method !== 'name' &&
      licenceFamily(hint) !== licenceFamily(result.spdxId)
    ) {
      if (
        !results.some(
          (other) =>
            other.path === result.path &&
            other.spdxId !== null &&
            licenceFamily(other.spdxId) === licenceFamily(hint),
        )
      ) {
        items.push({
          text: `${result.path} is named for ${hint} but its text is ${result.spdxId}`,
          evidence: fileEvidence(result.path),
        });
      }
    }
  }
  if (repository.size > 0) {
    for (const declared of input.declared) {
      const ids = parseSpdxExpression(declared.expression)?.ids;
      if (!ids) {
        items.push({
          text: `${declared.path} declares "${declared.expression}", which is not an SPDX expression`,
          evidence: manifestEvidence(declared.path, declared.expression, declared.line),
        });
      } else if (dirName(declared.path) === '' && !sameSet(families(ids), repository)) {
        items.push({
          text: `${declared.path} declares ${declared.expression} but the repository licence is ${repositoryIds.join(', ')}`,
          evidence: manifestEvidence(declared.path, declared.expression, declared.line),
        });
      } else if (!covered(ids)) {
        items.push({
          text: `${declared.path} declares ${declared.expression}, not among the repository licences (${repositoryIds.join(', ')})`,
          evidence: manifestEvidence(declared.path, declared.expression, declared.line),
        });
      }
    }
    if (publiccodeIds && input.publiccode && !sameSet(families(publiccodeIds), repository)) {
      items.push({
        text: `publiccode.yml says ${input.publiccode.licence} but the repository licence is ${repositoryIds.join(', ')}`,
        evidence: fileEvidence(input.publiccode.path, input.publiccode.line, input.publiccode.licence),
      });
    }
    const outside = new Map<string, { count: number; path: string; line: number }>();
    for (const { path, header } of input.headers.found) {
      for (const id of header.ids) {
        if (repository.has(licenceFamily(id))) continue;
        const entry = outside.get(id);
        if (entry) entry.count++;
        else outside.set(id, { count: 1, path, line: header.line });
      }
    }
    for (const [id, entry] of outside) {
      items.push({
        text: `${entry.count} sampled files carry SPDX-License-Identifier ${id}, not among the repository licences (${repositoryIds.join(', ')})`,
        evidence: fileEvidence(entry.path, entry.line, `SPDX-License-Identifier: ${id}`),
      });
    }
  }
  return items;
}
