import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRawCommit } from './parse-raw-commit.ts';

const record = (lines: string[], message = 'message') =>
  Buffer.from(`${lines.join('\n')}\n\n    ${message}\n`);

test('parents, author, committer date and signature header', () => {
  const commit = parseRawCommit(
    record([
      'commit 1111111111111111111111111111111111111111',
      'tree 2222222222222222222222222222222222222222',
      'parent 3333333333333333333333333333333333333333',
      'parent 4444444444444444444444444444444444444444',
      'author Ada Lovelace <ada@acme.org> 1600000000 +0100',
      'committer Bob <bob@acme.org> 1700000000 -0500',
      'gpgsig-sha256 -----BEGIN SSH SIGNATURE-----',
      ' U1NIU0lH',
      ' -----END SSH SIGNATURE-----',
    ]),
  );
  assert.deepEqual(commit, {
    author: { name: 'Ada Lovelace', email: 'ada@acme.org' },
    time: 1_700_000_000,
    parents: 2,
    signed: true,
  });
});

test('a message that mentions headers, odd identities and unreadable dates do not confuse it', () => {
  const commit = parseRawCommit(
    record(
      [
        'commit 1111111111111111111111111111111111111111',
        'author <> notadate +0000',
        'committer x <x@y.test> garbage',
      ],
      'gpgsig fake\nparent fake',
    ),
  );
  assert.deepEqual(commit, { author: { name: '', email: '' }, time: 0, parents: 0, signed: false });
});

test('names that are not UTF-8 are decoded leniently', () => {
  const latin = Buffer.concat([
    Buffer.from('commit 1111111111111111111111111111111111111111\nauthor Jos'),
    Buffer.from([0xe9]),
    Buffer.from(' <jose@acme.org> 1 +0000\ncommitter c <c@c.test> 2 +0000\n\n    m\n'),
  ]);
  assert.equal(parseRawCommit(latin).author.name, 'Jos\uFFFD');
});
