import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyMailmap, parseMailmap } from './mailmap.ts';

const mailmap = parseMailmap(`# people
Ada Lovelace <ada@example.org>
<ada@example.org> <ada@old.example>
Ada Lovelace <ada@example.org> Countess <countess@example.net>
  Grace Hopper   <grace@navy.example> grace <GRACE@home.example>
not a line
<> <empty@example.org>
`);

test('a name-only line fixes the name of an address, whatever the case', () => {
  assert.deepEqual(applyMailmap(mailmap, { name: 'ada', email: 'ADA@example.org' }), {
    name: 'Ada Lovelace',
    email: 'ADA@example.org',
  });
});

test('an address line maps an old address and keeps the name', () => {
  assert.deepEqual(applyMailmap(mailmap, { name: 'A. L.', email: 'ada@old.example' }), {
    name: 'A. L.',
    email: 'ada@example.org',
  });
});

test('a line with an old name applies only to commits with that name', () => {
  assert.deepEqual(applyMailmap(mailmap, { name: 'countess', email: 'countess@example.net' }), {
    name: 'Ada Lovelace',
    email: 'ada@example.org',
  });
  assert.deepEqual(applyMailmap(mailmap, { name: 'Someone', email: 'countess@example.net' }), {
    name: 'Someone',
    email: 'countess@example.net',
  });
  assert.deepEqual(applyMailmap(mailmap, { name: 'Grace', email: 'grace@home.example' }), {
    name: 'Grace Hopper',
    email: 'grace@navy.example',
  });
});

test('unknown authors, unreadable lines and empty replacements change nothing', () => {
  const author = { name: 'Linus', email: 'linus@example.org' };
  assert.deepEqual(applyMailmap(mailmap, author), author);
  assert.deepEqual(applyMailmap(mailmap, { name: 'E', email: 'empty@example.org' }), {
    name: 'E',
    email: 'empty@example.org',
  });
  assert.equal(parseMailmap('').size, 0);
});
