import { licenceInfo } from '../../licence/licence-info.ts';
import {
  derivedEvidence,
  fileEvidence,
  found,
  inconclusive,
  manifestEvidence,
  notFound,
} from '../tree-fact-builders.ts';
import type { ScanFacts } from '../scan-result.ts';
import { dirName } from '../tree-path.ts';
import type { DeclaredLicence } from './declared-licences.ts';
import { analyseLicenceFiles, refineVersions, type LicenceFileInput } from './licence-file-results.ts';
import { isReuseLicence } from './licence-files.ts';
import { findInconsistencies } from './licence-inconsistencies.ts';
import { chooseRepositoryLicence } from './repository-licence.ts';
import type { SpdxHeader } from './spdx-headers.ts';
import { parseSpdxExpression } from './spdx-expression.ts';

/** What the licence detector reads: licence files, manifest declarations, sampled headers, publiccode.yml. */
export interface LicenceInput {
  /** Licence files by name; `problem` says why a file has no text (too large, binary, unreadable). */
  files: LicenceFileInput[];
  declared: DeclaredLicence[];
  /** Manifests that could not be read or parsed. */
  manifestProblems: { path: string; problem: string }[];
  headers: { sampled: number; found: { path: string; header: SpdxHeader }[] };
  publiccode?: { path: string; licence: string; line?: number };
}

/** The `licences` facts. */
export function detectLicences(input: LicenceInput): ScanFacts['licences'] {
  const rootDeclared = input.declared.filter((declared) => dirName(declared.path) === '');
  const otherIds = new Set<string>();
  for (const declared of input.declared)
    for (const id of parseSpdxExpression(declared.expression)?.ids ?? []) otherIds.add(id);
  for (const { header } of input.headers.found) for (const id of header.ids) otherIds.add(id);
  const publiccodeExpression = input.publiccode ? parseSpdxExpression(input.publiccode.licence) : undefined;
  for (const id of publiccodeExpression?.ids ?? []) otherIds.add(id);

  const results = analyseLicenceFiles(input.files);
  refineVersions(results, otherIds);
  const main = results.filter((result) => !isReuseLicence(result.path));
  const reuse = results.filter((result) => isReuseLicence(result.path));
  const choice = chooseRepositoryLicence({
    main,
    reuse,
    rootDeclared,
    publiccode: input.publiccode,
    headers: input.headers.found,
  });

  const filesFact = (() => {
    if (results.length === 0)
      return notFound(
        'no LICENSE, LICENCE, COPYING or LICENSES/ file in the root or docs/, license/, .github/',
      );
    const value = results.map(({ path, spdxId, confidence }) => ({ path, spdxId, confidence }));
    const evidence = results.map((result) =>
      fileEvidence(result.path, undefined, result.spdxId ?? result.note),
    );
    const unread = results.filter((result) => result.problem !== undefined);
    const unknown = results.filter((result) => result.spdxId === null);
    const notes = unknown.map((result) => `${result.path}: ${result.note}`);
    if (unread.length === results.length) return inconclusive(notes.join('; '), evidence, value);
    return found(value, evidence, notes.length > 0 ? notes.join('; ') : undefined);
  })();

  const parsed = choice ? parseSpdxExpression(choice.expression) : undefined;
  const spdxExpression = choice
    ? found(parsed?.expression ?? choice.expression, choice.evidence, choice.note)
    : results.length > 0 && results.every((result) => result.spdxId === null)
      ? inconclusive('licence files found but no SPDX licence recognised in them', filesFact.evidence)
      : notFound('no licence file, manifest declaration, publiccode.yml licence or SPDX header');

  const osiApproved = (() => {
    if (!parsed)
      return spdxExpression.state === 'found'
        ? inconclusive(`"${choice!.expression}" is not a valid SPDX expression`)
        : notFound('no licence to judge');
    const infos = parsed.ids.map((id) => licenceInfo(id));
    const unknown = infos.filter((info) => info.osiApproved === undefined);
    const evidence = [
      derivedEvidence(
        infos
          .map(
            (info) =>
              `${info.id}: ${info.osiApproved === undefined ? 'not on the SPDX list' : info.osiApproved ? 'OSI approved' : 'not OSI approved'}`,
          )
          .join('; '),
      ),
    ];
    if (infos.some((info) => info.osiApproved === false)) return found(false, evidence);
    if (unknown.length > 0)
      return inconclusive(`not on the SPDX list: ${unknown.map((info) => info.id).join(', ')}`, evidence);
    return found(true, evidence);
  })();

  const declaredFact = (() => {
    const value = input.declared.map(({ path, expression }) => ({ path, expression }));
    const evidence = input.declared.map((declared) =>
      manifestEvidence(declared.path, `${declared.field}: ${declared.expression}`, declared.line),
    );
    const notes: string[] = [];
    const notSpdx = input.declared.filter((declared) => !declared.spdx);
    if (notSpdx.length > 0)
      notes.push(
        `not SPDX: ${notSpdx.map((declared) => `${declared.path} "${declared.expression}"`).join(', ')}`,
      );
    if (input.manifestProblems.length > 0)
      notes.push(
        `unreadable manifests: ${input.manifestProblems.map((problem) => `${problem.path} (${problem.problem})`).join(', ')}`,
      );
    const note = notes.length > 0 ? notes.join('; ') : undefined;
    if (value.length > 0) return found(value, evidence, note);
    if (input.manifestProblems.length > 0) return inconclusive(note!);
    return notFound('no manifest declares a licence');
  })();

  const headersFact = (() => {
    const byId: Record<string, number> = {};
    for (const { header } of input.headers.found) {
      const ids = header.ids.length > 0 ? header.ids : [header.raw];
      for (const id of ids) byId[id] = (byId[id] ?? 0) + 1;
    }
    const value = { sampled: input.headers.sampled, byId };
    if (input.headers.sampled === 0) return notFound('no source files to sample');
    const evidence = input.headers.found
      .slice(0, 10)
      .map(({ path, header }) => fileEvidence(path, header.line, `SPDX-License-Identifier: ${header.raw}`));
    if (input.headers.found.length === 0)
      return notFound(`none in ${input.headers.sampled} sampled source files`, [
        derivedEvidence(`${input.headers.sampled} source files sampled`),
      ]);
    return found(
      value,
      evidence,
      `${input.headers.found.length} of ${input.headers.sampled} sampled source files have a header`,
    );
  })();

  const inconsistencies = findInconsistencies(results, input, parsed?.ids ?? []);
  const sources = [
    main.some((result) => result.spdxId !== null),
    rootDeclared.length > 0,
    input.headers.found.length > 0,
    input.publiccode !== undefined,
  ].filter(Boolean).length;
  const inconsistenciesFact =
    inconsistencies.length > 0
      ? found(
          inconsistencies.map((item) => item.text),
          inconsistencies.map((item) => item.evidence),
        )
      : sources >= 2
        ? notFound(`${sources} licence sources agree`)
        : notFound('fewer than two licence sources to compare');

  return {
    files: filesFact,
    spdxExpression,
    osiApproved,
    declared: declaredFact,
    headers: headersFact,
    inconsistencies: inconsistenciesFact,
  };
}
