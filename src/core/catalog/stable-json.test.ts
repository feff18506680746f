import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stableStringify } from './stable-json.ts';

test('equal values give equal text whatever the key order', () => {
  assert.equal(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] }), '{"a":[{"c":3,"d":2}],"b":1}');
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const reparsed = JSON.parse(JSON.stringify(value));
      assert.equal(stableStringify(reparsed), stableStringify(value));
      assert.deepEqual(JSON.parse(stableStringify(value)), reparsed);
    }),
  );
});
