import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    assert.equal(passwordProblem('correct horse battery staple', 'amina@health.go.ke'), undefined);
  });
  it('names what is wrong', () => {
    assert.equal(passwordProblem('short'), 'password.tooShort');
    assert.equal(passwordProblem('aaaaaaaaaaaaaaaa'), 'password.tooRepetitive');
    assert.equal(passwordProblem('x'.repeat(300)), 'password.tooLong');
    assert.equal(passwordProblem('amina-is-my-password', 'amina@health.go.ke'), 'password.containsEmail');
  });
});
