import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { factValueText } from './fact-value-text.ts';

test('renders values of every shape briefly', () => {
  assert.equal(factValueText(3), '3');
  assert.equal(factValueText(0.123456), '0.123');
  assert.equal(factValueText('MIT OR Apache-2.0'), 'MIT OR Apache-2.0');
  assert.equal(factValueText([]), '—');
  assert.equal(factValueText([{ path: 'LICENSE', spdxId: 'MIT' }]), 'LICENSE');
  assert.equal(factValueText({ install: true, usage: false }), 'install: true, usage: false');
  assert.equal(factValueText(['a', 'b', 'c', 'd']), 'a; b; c; … (4)');
});

test('never exceeds its length limit (property)', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 2, max: 200 }), (value, max) => {
      assert.ok(factValueText(value, max).length <= max);
    }),
  );
});
