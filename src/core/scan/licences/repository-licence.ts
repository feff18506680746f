import { fileEvidence, manifestEvidence } from '../tree-fact-builders.ts';
import type { Evidence } from '../scan-result.ts';
import type { DeclaredLicence } from './declared-licences.ts';
import type { LicenceFileResult } from './licence-file-results.ts';
import type { SpdxHeader } from './spdx-headers.ts';
import { joinExpressions, licenceFamily, parseSpdxExpression } from './spdx-expression.ts';

/** The licence families of some ids (GPL-3.0-only and GPL-3.0-or-later are one family). */
export function families(ids: Iterable<string>): Set<string> {
  return new Set([...ids].map(licenceFamily));
}

/** True when two sets hold the same items. */
export function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** GNU lesser licences ship with the GPL text they build on; the GPL file is then not a licence of its own. */
function dropGplBase(ids: string[]): string[] {
  const lesser = ids.filter((id) => id.startsWith('LGPL-3.0') || id.startsWith('LGPL-2.1'));
  if (lesser.length === 0) return ids;
  return ids.filter(
    (id) =>
      !(id.startsWith('GPL-3.0') && lesser.some((l) => l.startsWith('LGPL-3.0'))) &&
      !(id.startsWith('GPL-2.0') && lesser.some((l) => l.startsWith('LGPL-2.1'))),
  );
}

/** The repository's licence expression, the evidence for it and how it was chosen. */
export interface ExpressionChoice {
  expression: string;
  evidence: Evidence[];
  note?: string;
}

function expressionFromFiles(
  results: LicenceFileResult[],
  rootDeclared: DeclaredLicence[],
): ExpressionChoice | undefined {
  const identified = results.filter((result) => result.spdxId !== null && result.confidence >= 0.5);
  if (identified.length === 0) return undefined;
  const ids = dropGplBase([...new Set(identified.map((result) => result.spdxId!))]);
  const evidence = identified.map((result) =>
    fileEvidence(result.path, undefined, `${result.spdxId} (${Math.round(result.confidence * 100)}%)`),
  );
  if (ids.length === 1) return { expression: ids[0]!, evidence };
  const declaredMatch = rootDeclared.find(
    (declared) =>
      declared.spdx && sameSet(families(parseSpdxExpression(declared.expression)?.ids ?? []), families(ids)),
  );
  if (declaredMatch) {
    return {
      expression: declaredMatch.expression,
      evidence: [
        ...evidence,
        manifestEvidence(declaredMatch.path, declaredMatch.expression, declaredMatch.line),
      ],
      note: `operators taken from ${declaredMatch.path}`,
    };
  }
  if (
    identified.some((result) => result.choice) ||
    identified.every((result) => /^licen[cs]e[-._]/i.test(result.path))
  ) {
    return {
      expression: joinExpressions(ids, 'OR'),
      evidence,
      note: 'several licence files offered as a choice (OR)',
    };
  }
  return {
    expression: joinExpressions(ids, 'AND'),
    evidence,
    note: 'several licences, assumed to apply together (AND)',
  };
}

/** The sources the repository licence can come from, in the order they are trusted. */
export interface LicenceSources {
  /** Licence files in the root and conventional folders (not REUSE's LICENSES/). */
  main: LicenceFileResult[];
  /** Files of REUSE's LICENSES/ folder. */
  reuse: LicenceFileResult[];
  /** Declarations of the manifests at the root. */
  rootDeclared: DeclaredLicence[];
  publiccode?: { path: string; licence: string; line?: number };
  headers: { path: string; header: SpdxHeader }[];
}

/**
 * The repository licence: from the licence files; else from the root manifests when they agree; else
 * from publiccode.yml; else from the REUSE LICENSES/ folder; else from the SPDX headers alone.
 */
export function chooseRepositoryLicence(sources: LicenceSources): ExpressionChoice | undefined {
  const fromFiles = expressionFromFiles(sources.main, sources.rootDeclared);
  if (fromFiles) return fromFiles;
  const spdxDeclared = sources.rootDeclared.filter((declared) => declared.spdx);
  const expressions = [...new Set(spdxDeclared.map((declared) => declared.expression))];
  if (expressions.length === 1) {
    return {
      expression: expressions[0]!,
      evidence: spdxDeclared.map((declared) =>
        manifestEvidence(declared.path, declared.expression, declared.line),
      ),
      note: 'no licence file: declared in the manifest',
    };
  }
  const publiccode = sources.publiccode ? parseSpdxExpression(sources.publiccode.licence) : undefined;
  if (publiccode && sources.publiccode) {
    return {
      expression: publiccode.expression,
      evidence: [fileEvidence(sources.publiccode.path, sources.publiccode.line, sources.publiccode.licence)],
      note: 'no licence file: declared in publiccode.yml',
    };
  }
  const fromReuse = expressionFromFiles(sources.reuse, sources.rootDeclared);
  if (fromReuse) return fromReuse;
  const fromHeaders = [
    ...new Set(sources.headers.flatMap(({ header }) => (header.expression ? [header.expression] : []))),
  ];
  if (fromHeaders.length === 0) return undefined;
  return {
    expression: joinExpressions(fromHeaders, 'AND'),
    evidence: sources.headers
      .slice(0, 5)
      .map(({ path, header }) => fileEvidence(path, header.line, header.raw)),
    note: 'no licence file or declaration: from SPDX-License-Identifier headers only',
  };
}
