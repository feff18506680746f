import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { licenceWords, normaliseLicenceText } from './licence-normalise.ts';

test('case, punctuation, bullets, copyright lines and spellings do not count', () => {
  const text =
    'Copyright (c) 2024 Jane Doe\n© 2023 Someone\n\n  1. The LICENCE — is “granted”;\n  * (b) Organisation & co.';
  assert.equal(normaliseLicenceText(text), 'the license is granted\norganization and co');
});

test('a wrapped line that starts with "copyright notice" is kept', () => {
  assert.equal(
    normaliseLicenceText('provided that the above\ncopyright notice appears'),
    'provided that the above\ncopyright notice appears',
  );
});

test('the licensor named in a disclaimer becomes "holder"', () => {
  assert.equal(
    normaliseLicenceText('IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE'),
    'in no event shall holder be liable',
  );
});

test('normalising twice gives the same text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      const once = normaliseLicenceText(text);
      assert.equal(normaliseLicenceText(once), once);
    }),
  );
  fc.assert(
    fc.property(
      fc.array(
        fc.constantFrom(
          'Copyright',
          '(c)',
          '©',
          '2024',
          'licence',
          'shall',
          'the',
          'author',
          'be',
          'liable',
          '\n',
          ' ',
          '1.',
          '*',
          'and',
          'disclaims',
        ),
        { maxLength: 60 },
      ),
      (parts) => {
        const once = normaliseLicenceText(parts.join(' '));
        assert.equal(normaliseLicenceText(once), once);
        assert.deepEqual(licenceWords(normaliseLicenceText(once)), licenceWords(once));
      },
    ),
  );
});
