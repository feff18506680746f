import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mergePersonalData, splitPersonalData } from './personal-data.ts';

test('takes contact names and e-mail addresses out of a record', () => {
  const { record, contacts } = splitPersonalData({
    name: 'Example',
    organizations: [
      { name: 'Org', contact_name: 'A Person', contact_email: 'a@example.org' },
      'not an object',
    ],
  });
  assert.deepEqual(record.organizations, [{ name: 'Org' }, 'not an object']);
  assert.deepEqual(contacts, [
    { index: 0, fields: { contact_name: 'A Person', contact_email: 'a@example.org' } },
  ]);
  assert.ok(!JSON.stringify(record).includes('@'));
});

test('split then merge gives the record back, for any organisations', () => {
  const organisation = fc.record(
    {
      name: fc.string(),
      website: fc.webUrl(),
      org_type: fc.constantFrom('owner', 'maintainer'),
      contact_name: fc.string(),
      contact_email: fc.emailAddress(),
    },
    { requiredKeys: ['name'], noNullPrototype: true },
  );
  fc.assert(
    fc.property(fc.array(organisation, { maxLength: 5 }), fc.string(), (organizations, name) => {
      const original = { name, organizations };
      const { record, contacts } = splitPersonalData(original);
      assert.ok(!JSON.stringify(record).includes('contact_'));
      assert.deepEqual(mergePersonalData(record, contacts), original);
    }),
  );
});
