/** Small builders of facts, shared by the history and release groups. */
import type { Evidence, Fact } from '../scan-result.ts';

/** A found fact with its value and evidence, and a note when given. */
export function found(value: unknown, evidence: Evidence[], note?: string): Fact {
  return note === undefined ? { state: 'found', value, evidence } : { state: 'found', value, evidence, note };
}

/** A fact looked for and absent; `value` is kept when it says something (a count of 0). */
export function notFound(evidence: Evidence[], note?: string, value?: unknown): Fact {
  return {
    state: 'not_found',
    ...(value === undefined ? {} : { value }),
    evidence,
    ...(note === undefined ? {} : { note }),
  };
}

/** A fact that could not be established, with the reason. */
export function inconclusive(note: string, evidence: Evidence[] = []): Fact {
  return { state: 'inconclusive', evidence, note };
}

/** The same fact for every name of a group, e.g. every history fact inconclusive for the same reason. */
export function sameForAll<N extends string>(names: readonly N[], fact: Fact): Record<N, Fact> {
  return Object.fromEntries(names.map((name) => [name, { ...fact, evidence: [...fact.evidence] }])) as Record<
    N,
    Fact
  >;
}
