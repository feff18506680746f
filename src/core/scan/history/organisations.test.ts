import assert from 'node:assert/strict';
import { test } from 'node:test';
import { affiliationOf, emailDomain, organisationMap } from './organisations.ts';

test('a company address is its domain, lower-cased', () => {
  assert.deepEqual(affiliationOf('dev@Acme.ORG'), { kind: 'organisation', name: 'acme.org' });
  assert.equal(emailDomain('a@b.c.'), 'b.c');
  assert.equal(emailDomain('nobody'), undefined);
});

test('webmail, no-reply and unusable addresses are independent', () => {
  for (const email of [
    'someone@gmail.com',
    'someone@yahoo.co.uk',
    'someone@hotmail.fr',
    'someone@outlook.com.br',
    '583231+octocat@users.noreply.github.com',
    'me@localhost',
    'root@build.local',
    'x@(none)',
    'no-at-sign',
    '',
  ])
    assert.deepEqual(affiliationOf(email), { kind: 'independent' }, email);
});

test('the map names organisations by domain or parent domain, and "" marks a domain independent', () => {
  const map = organisationMap({ 'Acme.org.': 'Acme Foundation', 'uni.test': '', 'gmail.com': 'Google' });
  assert.deepEqual(affiliationOf('a@dev.acme.org', map), { kind: 'organisation', name: 'Acme Foundation' });
  assert.deepEqual(affiliationOf('a@cs.uni.test', map), { kind: 'independent' });
  assert.deepEqual(affiliationOf('a@gmail.com', map), { kind: 'organisation', name: 'Google' });
  assert.deepEqual(affiliationOf('a@other.test', map), { kind: 'organisation', name: 'other.test' });
});
