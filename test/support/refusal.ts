import assert from 'node:assert/strict';
import { DomainError } from '../../src/core/errors.ts';

/** The DomainError some work is refused with; fails the test when it succeeds or throws anything else. */
export async function refusal(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  assert.fail('expected the work to be refused with a DomainError');
}
