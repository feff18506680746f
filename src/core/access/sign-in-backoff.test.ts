import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { backoffSeconds, freeAttempts, maxWaitSeconds } from './sign-in-backoff.ts';

describe('backoffSeconds', () => {
  it('waits nothing for the first attempts, then 30 s, then doubles', () => {
    assert.equal(backoffSeconds(0), 0);
    assert.equal(backoffSeconds(freeAttempts - 1), 0);
    assert.equal(backoffSeconds(freeAttempts), 30);
    assert.equal(backoffSeconds(freeAttempts + 1), 60);
  });

  it('never shrinks as failures grow and never passes the cap (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        assert.ok(backoffSeconds(few) <= backoffSeconds(many));
        assert.ok(backoffSeconds(many) <= maxWaitSeconds);
      }),
    );
  });
});
