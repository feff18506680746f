import type { Evidence, Fact } from './scan-result.ts';

/** A fact that was established, with its value and the evidence for it. */
export function found(value: unknown, evidence: Evidence[], note?: string): Fact {
  return note === undefined ? { state: 'found', value, evidence } : { state: 'found', value, evidence, note };
}

/** A fact that was looked for and is absent; `note` may say where the scanner looked. */
export function notFound(note?: string, evidence: Evidence[] = []): Fact {
  return note === undefined ? { state: 'not_found', evidence } : { state: 'not_found', evidence, note };
}

/** A fact the scanner could not establish either way; `note` says why. */
export function inconclusive(note: string, evidence: Evidence[] = [], value?: unknown): Fact {
  return value === undefined
    ? { state: 'inconclusive', evidence, note }
    : { state: 'inconclusive', value, evidence, note };
}

/** Evidence pointing at a file (and line), with a short excerpt cut to the 200 characters allowed. */
export function fileEvidence(path: string, line?: number, excerpt?: string): Evidence {
  const evidence: Evidence = { kind: 'file', path };
  if (line !== undefined && line > 0) evidence.line = line;
  if (excerpt !== undefined) evidence.excerpt = clip(excerpt);
  return evidence;
}

/** Evidence pointing at an entry of a package manifest. */
export function manifestEvidence(path: string, excerpt?: string, line?: number): Evidence {
  const evidence: Evidence = { kind: 'manifest', path };
  if (line !== undefined && line > 0) evidence.line = line;
  if (excerpt !== undefined) evidence.excerpt = clip(excerpt);
  return evidence;
}

/** Evidence for a value the scanner computed from other facts (the excerpt says how). */
export function derivedEvidence(excerpt: string, path?: string): Evidence {
  const evidence: Evidence = { kind: 'derived', excerpt: clip(excerpt) };
  if (path !== undefined) evidence.path = path;
  return evidence;
}

/** A string trimmed, with white-space runs collapsed, to at most 200 characters (the evidence limit). */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
