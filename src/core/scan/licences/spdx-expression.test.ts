import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinExpressions, licenceFamily, modernId, parseSpdxExpression } from './spdx-expression.ts';

test('expressions parse in any case, with "/" as OR, and come back canonical', () => {
  assert.deepEqual(parseSpdxExpression('mit or apache-2.0'), {
    expression: 'MIT OR Apache-2.0',
    ids: ['MIT', 'Apache-2.0'],
  });
  assert.equal(parseSpdxExpression('MIT/Apache-2.0')?.expression, 'MIT OR Apache-2.0');
  assert.equal(parseSpdxExpression('(MIT OR Apache-2.0) AND ISC')?.expression, '(MIT OR Apache-2.0) AND ISC');
  assert.equal(parseSpdxExpression('GPL-2.0+')?.expression, 'GPL-2.0-or-later');
  assert.equal(parseSpdxExpression('GPL-2.0-only WITH Classpath-exception-2.0')?.ids.join(), 'GPL-2.0-only');
  assert.equal(parseSpdxExpression('The MIT License'), undefined);
  assert.equal(parseSpdxExpression(''), undefined);
});

test('families, modern ids and joins', () => {
  assert.equal(licenceFamily('GPL-3.0-or-later'), 'GPL-3.0');
  assert.equal(modernId('LGPL-2.1'), 'LGPL-2.1-only');
  assert.equal(modernId('Apache-2.0'), 'Apache-2.0');
  assert.equal(joinExpressions(['MIT', 'Apache-2.0 OR ISC'], 'AND'), 'MIT AND (Apache-2.0 OR ISC)');
});
