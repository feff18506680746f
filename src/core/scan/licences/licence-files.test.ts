import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLicenceFile, licenceFromFileName } from './licence-files.ts';
import { findSpdxHeader, spreadSample } from './spdx-headers.ts';

test('licence files by name and place', () => {
  for (const path of [
    'LICENSE',
    'LICENCE.md',
    'COPYING',
    'COPYING.LESSER',
    'LICENSE-MIT',
    'UNLICENSE',
    'LICENSES/Apache-2.0.txt',
    'docs/LICENSE.txt',
    'license/LICENSE',
    'MIT-LICENSE',
    'COPYRIGHT',
  ]) {
    assert.ok(isLicenceFile(path), path);
  }
  for (const path of [
    'src/license.ts',
    'license.js',
    'packages/a/LICENSE',
    'vendor/x/LICENSE',
    'LICENSE.json',
  ])
    assert.ok(!isLicenceFile(path), path);
});

test('licences announced by file names', () => {
  assert.equal(licenceFromFileName('LICENSES/GPL-3.0-or-later.txt'), 'GPL-3.0-or-later');
  assert.equal(licenceFromFileName('LICENSES/LicenseRef-Custom.txt'), 'LicenseRef-Custom');
  assert.equal(licenceFromFileName('LICENSE-APACHE'), 'Apache-2.0');
  assert.equal(licenceFromFileName('LICENSE-MIT.md'), 'MIT');
  assert.equal(licenceFromFileName('LICENSE'), undefined);
});

test('SPDX-License-Identifier headers near the top, not prose that mentions them', () => {
  assert.deepEqual(
    findSpdxHeader('// SPDX-FileCopyrightText: 2024 A\n// SPDX-License-Identifier: MIT OR Apache-2.0\ncode'),
    {
      line: 2,
      raw: 'MIT OR Apache-2.0',
      expression: 'MIT OR Apache-2.0',
      ids: ['MIT', 'Apache-2.0'],
    },
  );
  assert.equal(findSpdxHeader('/* SPDX-License-Identifier: GPL-2.0+ */')?.expression, 'GPL-2.0-or-later');
  assert.equal(findSpdxHeader('<!-- SPDX-License-Identifier: CC-BY-4.0 -->')?.expression, 'CC-BY-4.0');
  assert.equal(
    findSpdxHeader('/** The `SPDX-License-Identifier:` tag found near the top of a file. */'),
    undefined,
  );
  assert.equal(findSpdxHeader(`${'\n'.repeat(50)}// SPDX-License-Identifier: MIT`), undefined);
});

test('samples spread over the whole list', () => {
  const paths = Array.from({ length: 1000 }, (_, i) => `f${String(i).padStart(4, '0')}`);
  const sample = spreadSample(paths, 10);
  assert.equal(sample.length, 10);
  assert.equal(sample[0], 'f0000');
  assert.equal(sample[9], 'f0900');
});
