import assert from 'node:assert/strict';
import { test } from 'node:test';
import { declaredLicences } from './declared-licences.ts';

const declared = (path: string, text: string) =>
  declaredLicences(path, text).map(({ expression, spdx, field, line }) => ({
    expression,
    spdx,
    field,
    line,
  }));

test('licences declared in each kind of manifest', () => {
  assert.deepEqual(declared('package.json', '{\n  "name": "a",\n  "license": "MIT"\n}'), [
    { expression: 'MIT', spdx: true, field: 'license', line: 3 },
  ]);
  assert.deepEqual(
    declared('package.json', '{"licenses": [{"type": "MIT"}, {"type": "Apache-2.0"}]}')[0]?.expression,
    'MIT OR Apache-2.0',
  );
  assert.equal(
    declared('composer.json', '{"license": ["GPL-2.0-or-later", "MIT"]}')[0]?.expression,
    'GPL-2.0-or-later OR MIT',
  );
  assert.equal(
    declared('Cargo.toml', '[package]\nname = "a"\nlicense = "MIT/Apache-2.0"\n')[0]?.expression,
    'MIT OR Apache-2.0',
  );
  assert.equal(
    declared('pyproject.toml', '[project]\nname = "a"\nlicense = {text = "BSD-3-Clause"}\n')[0]?.expression,
    'BSD-3-Clause',
  );
  assert.equal(
    declared(
      'pyproject.toml',
      '[project]\nclassifiers = ["License :: OSI Approved :: Apache Software License"]\n',
    )[0]?.expression,
    'Apache-2.0',
  );
  assert.equal(declared('setup.cfg', '[metadata]\nname = a\nlicense = MIT\n')[0]?.expression, 'MIT');
  assert.equal(declared('setup.py', 'setup(name="a", license="GPLv3+")')[0]?.expression, 'GPL-3.0-or-later');
  assert.equal(
    declared(
      'pom.xml',
      '<project><licenses><license><name>Apache License, Version 2.0</name></license></licenses></project>',
    )[0]?.expression,
    'Apache-2.0',
  );
  assert.equal(
    declared('a.gemspec', "Gem::Specification.new do |s|\n  s.license = 'MIT'\nend")[0]?.expression,
    'MIT',
  );
  assert.equal(
    declared('a.gemspec', "spec.licenses = ['MIT', 'Apache-2.0']")[0]?.expression,
    'MIT OR Apache-2.0',
  );
  assert.equal(
    declared(
      'A.nuspec',
      '<package><metadata><license type="expression">MIT</license></metadata></package>',
    )[0]?.expression,
    'MIT',
  );
  assert.equal(
    declared(
      'App.csproj',
      '<Project><PropertyGroup><PackageLicenseExpression>Apache-2.0</PackageLicenseExpression></PropertyGroup></Project>',
    )[0]?.expression,
    'Apache-2.0',
  );
  assert.deepEqual(declared('go.mod', 'module x\n'), []);
});

test('a licence that is not SPDX is kept as written', () => {
  assert.deepEqual(declared('package.json', '{"license": "SEE LICENSE IN LICENSE.txt"}')[0], {
    expression: 'SEE LICENSE IN LICENSE.txt',
    spdx: false,
    field: 'license',
    line: 1,
  });
});

test('a manifest that does not parse throws', () => {
  assert.throws(() => declaredLicences('package.json', '{'));
});
