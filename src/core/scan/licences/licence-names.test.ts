import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spdxFromName } from './licence-names.ts';

test('names as manifests write them map to SPDX', () => {
  const cases: [string, string | undefined][] = [
    ['The Apache Software License, Version 2.0', 'Apache-2.0'],
    ['License :: OSI Approved :: MIT License', 'MIT'],
    ['License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)', 'GPL-3.0-or-later'],
    ['GNU General Public License v3.0 only', 'GPL-3.0-only'],
    ['New BSD License', 'BSD-3-Clause'],
    ['European Union Public Licence 1.2', 'EUPL-1.2'],
    ['Eclipse Public License v2.0', 'EPL-2.0'],
    ['mit', 'MIT'],
    ['BSD', undefined],
    ['UNLICENSED', undefined],
  ];
  for (const [name, expected] of cases) assert.equal(spdxFromName(name), expected, name);
});
