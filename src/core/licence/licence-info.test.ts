import assert from 'node:assert/strict';
import { test } from 'node:test';
import { licenceInfo } from './licence-info.ts';

test('names a licence and says whether OSI approved it', () => {
  assert.deepEqual(licenceInfo('Apache-2.0').osiApproved, true);
  assert.equal(licenceInfo('Apache-2.0').name, 'Apache License 2.0');
  assert.equal(licenceInfo('CC-BY-4.0').osiApproved, false);
});

test('accepts the deprecated ids the registry uses, in any case', () => {
  assert.equal(licenceInfo('GPL-3.0').osiApproved, true);
  assert.equal(licenceInfo('agpl-3.0').name, 'GNU Affero General Public License v3.0');
});

test('keeps an unknown id without inventing facts', () => {
  assert.deepEqual(licenceInfo('Not-A-Licence'), { id: 'Not-A-Licence' });
});
