import { stableStringify } from '../catalog/stable-json.ts';
import type { AssessmentFacts } from './assessment-facts.ts';
import type { Answers } from './answers.ts';

/**
 * Hashes a canonical JSON text. The core has no hash function of its own (it does no I/O and cannot
 * reach `node:crypto`), so the caller passes one in: the services pass SHA-256, written `sha256:<hex>`.
 */
export type DigestFunction = (canonicalJson: string) => string;

/**
 * The canonical JSON of a value: object keys sorted at every depth, no whitespace, `undefined` left out.
 * Equal facts or answers always give the same text, so the same digest.
 */
export function canonicalJson(value: unknown): string {
  return stableStringify(value ?? null);
}

/** The digests of an assessment's facts and answers. */
export function inputDigests(
  facts: AssessmentFacts,
  answers: Answers,
  digest: DigestFunction,
): { factsDigest: string; answersDigest: string } {
  return { factsDigest: digest(canonicalJson(facts)), answersDigest: digest(canonicalJson(answers)) };
}
