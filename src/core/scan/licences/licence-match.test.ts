import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import spdxFull from 'spdx-license-list/full.js';
import { matchLicenceText } from './licence-match.ts';

const text = (id: string) => spdxFull[id]!.licenseText;

/** Re-wraps a text at a given width, as projects do when they copy a licence. */
function reflow(source: string, width: number): string {
  return source
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line.length + word.length + 1 > width && line.length > 0) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

test('the SPDX texts of common licences are recognised as themselves', () => {
  for (const id of [
    'MIT',
    'Apache-2.0',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'ISC',
    'MPL-2.0',
    '0BSD',
    'Unlicense',
    'EUPL-1.2',
    'AGPL-3.0-only',
    'CC0-1.0',
    'Zlib',
  ]) {
    const [match] = matchLicenceText(text(id)).matches;
    assert.equal(match?.id, id, id);
    assert.ok(match.confidence >= 0.95, `${id} ${match.confidence}`);
  }
});

test('GNU texts name their -only id and keep the -or-later twin as an alternative', () => {
  const [match] = matchLicenceText(text('GPL-3.0-or-later')).matches;
  assert.equal(match?.id, 'GPL-3.0-only');
  assert.deepEqual(match.alternatives, ['GPL-3.0-or-later']);
});

test('re-wrapped, re-cased licence texts still match with high confidence', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC', 'MPL-2.0', 'GPL-2.0-only'),
      fc.integer({ min: 30, max: 120 }),
      fc.boolean(),
      (id, width, upper) => {
        const variant = reflow(`Copyright (c) 2021 Example Org\n\n${text(id)}`, width);
        const [match] = matchLicenceText(upper ? variant.toUpperCase() : variant).matches;
        assert.equal(match?.id, id);
        assert.ok(match.confidence >= 0.9, `${id} at ${width}: ${match.confidence}`);
      },
    ),
    { numRuns: 30 },
  );
});

test('an ISC text with "the author" in place of "ISC" is ISC, not 0BSD', () => {
  const isc = text('ISC')
    .replace(/\bISC\b/g, 'THE AUTHOR')
    .replace('THE AUTHOR License', 'ISC License');
  assert.equal(matchLicenceText(isc).matches[0]?.id, 'ISC');
});

test('a file with two licence texts gives both', () => {
  const ids = matchLicenceText(`${text('MIT')}\n\n-----\n\n${text('Apache-2.0')}`).matches.map(
    (match) => match.id,
  );
  assert.deepEqual(ids.sort(), ['Apache-2.0', 'MIT']);
});

test('the LGPL-3.0 part alone (shipped as COPYING.LESSER) is LGPL-3.0', () => {
  const lesser = text('LGPL-3.0-only').split('GNU GENERAL PUBLIC LICENSE')[0]!;
  assert.equal(matchLicenceText(lesser).matches[0]?.id, 'LGPL-3.0-only');
});

test('short notices are recognised when there is no full text', () => {
  const gpl =
    'This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.';
  assert.deepEqual(
    matchLicenceText(gpl).matches.map((match) => [match.id, match.method]),
    [['GPL-3.0-or-later', 'notice']],
  );
  assert.equal(
    matchLicenceText('Licensed under the Apache License, Version 2.0 (the "License");').matches[0]?.id,
    'Apache-2.0',
  );
});

test('text that is no licence gives no match', () => {
  const result = matchLicenceText(
    'This is the README of a project. It explains how to install it and use it.',
  );
  assert.deepEqual(result.matches, []);
});
