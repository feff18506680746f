import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import type { ParsedManifest } from './dependency.ts';
import { buildSbom, packageUrl, sbomComponents } from './sbom.ts';

const manifests: ParsedManifest[] = [
  {
    path: 'package.json',
    ecosystem: 'npm',
    kind: 'manifest',
    dependencies: [
      { ecosystem: 'npm', namespace: '@babel', name: 'core', range: '^7.0.0' },
      { ecosystem: 'npm', name: 'lodash', range: '^4' },
    ],
  },
  {
    path: 'package-lock.json',
    ecosystem: 'npm',
    kind: 'lockfile',
    dependencies: [{ ecosystem: 'npm', namespace: '@babel', name: 'core', version: '7.24.0' }],
  },
  {
    path: 'go.mod',
    ecosystem: 'golang',
    kind: 'manifest',
    dependencies: [{ ecosystem: 'golang', namespace: 'github.com/gorilla', name: 'mux', version: 'v1.8.1' }],
  },
  {
    path: 'pom.xml',
    ecosystem: 'maven',
    kind: 'manifest',
    dependencies: [
      { ecosystem: 'maven', namespace: 'junit', name: 'junit', version: '4.13.2', scope: 'dev' },
    ],
  },
  {
    path: 'requirements.txt',
    ecosystem: 'pypi',
    kind: 'manifest',
    dependencies: [{ ecosystem: 'pypi', name: 'Django_REST', version: '3.15.1' }],
  },
];

test('package URLs for each ecosystem', () => {
  assert.equal(
    packageUrl({ ecosystem: 'npm', namespace: '@babel', name: 'core', version: '7.24.0' }),
    'pkg:npm/%40babel/core@7.24.0',
  );
  assert.equal(
    packageUrl({ ecosystem: 'golang', namespace: 'github.com/gorilla', name: 'mux', version: 'v1.8.1' }),
    'pkg:golang/github.com/gorilla/mux@v1.8.1',
  );
  assert.equal(
    packageUrl({ ecosystem: 'pypi', name: 'Django_REST', version: '3.15.1' }),
    'pkg:pypi/django-rest@3.15.1',
  );
});

test('a lockfile pin stands for the range of the manifest beside it', () => {
  const purls = sbomComponents(manifests).map((entry) => entry.purl);
  assert.ok(purls.includes('pkg:npm/%40babel/core@7.24.0'));
  assert.ok(!purls.some((purl) => purl === 'pkg:npm/%40babel/core'));
  assert.ok(purls.includes('pkg:npm/lodash'));
  assert.equal(purls.length, 5);
});

test('the SBOM is valid CycloneDX 1.6 (strict JSON schema)', async () => {
  const sbom = buildSbom(manifests, { name: 'demo', version: '1.0.0', toolVersion: '0.2.0' });
  assert.equal(sbom.specVersion, '1.6');
  assert.equal((sbom.components as unknown[]).length, 5);
  const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
  assert.equal(await validator.validate(JSON.stringify(sbom)), null);
  const empty = buildSbom([], { name: 'empty', toolVersion: '0.2.0' });
  assert.equal(await validator.validate(JSON.stringify(empty)), null);
});
