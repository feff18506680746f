import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseApplication, normaliseRegistryRecord, recordProblem } from './normalise-record.ts';
import { Product } from './product.ts';

const source = { kind: 'dpga-registry' as const, collection: 'nominees', key: 'example' };

test('normalises a legacy registry record with its screening file', () => {
  const product = normaliseRegistryRecord(
    {
      name: ' Example ',
      aliases: [''],
      description: 'Does things.',
      license: [
        { spdx: 'GPL-3.0', licenseURL: 'https://example.org/LICENSE' },
        { spdx: 'GPL-3.0', licenseURL: 'x' },
      ],
      SDGs: [{ SDGNumber: 3, evidenceText: 'Health.' }, { SDGNumber: 1 }, { SDGNumber: 99 }],
      sectors: ['Health', 'Health'],
      type: ['software', 'AI Model', 'nonsense'],
      repositories: [{ name: 'main', url: 'https://example.org/repo' }],
      organizations: [{ name: 'Org', org_type: 'owner' }, { org_type: 'owner' }],
      stage: 'DPG',
    },
    {
      slug: 'example',
      source,
      screening: {
        locations: { deploymentCountries: ['Kenya', 'Scotland'], developmentCountries: ['VietNam'] },
      },
      reviewedOn: '2022-12-19',
    },
  );
  assert.equal(product.name, 'Example');
  assert.deepEqual(product.aliases, []);
  assert.deepEqual(product.types, ['software', 'aimodel']);
  assert.equal(product.stage, 'dpg');
  assert.deepEqual(product.sdgs, [{ number: 1 }, { number: 3, evidenceText: 'Health.' }]);
  assert.deepEqual(product.sectors, ['Health']);
  assert.equal(product.licences.length, 1);
  assert.equal(product.licences[0]?.osiApproved, true);
  assert.deepEqual(product.organisations, [{ name: 'Org', role: 'owner' }]);
  assert.deepEqual(product.deploymentCountries, [{ code: 'KE', name: 'Kenya' }, { name: 'Scotland' }]);
  assert.deepEqual(product.developmentCountries, [{ code: 'VN', name: 'VietNam' }]);
  assert.equal(product.reviewedOn, '2022-12-19');
  assert.ok(product.evidence);
  Product.parse(product);
});

test('reads the older shapes of excluded nominees', () => {
  const product = normaliseRegistryRecord(
    {
      name: 'Old',
      description: '',
      license: [],
      SDGs: [[16, 'Peace, Justice and Strong Institutions']],
      type: ['software'],
      repositoryURL: 'https://example.org/old',
      organizations: [],
    },
    {
      slug: 'old',
      source: { ...source, collection: 'excluded-nominees' },
      exclusion: { reason: 'not open' },
    },
  );
  assert.equal(product.stage, 'excluded');
  assert.deepEqual(product.sdgs, [{ number: 16 }]);
  assert.deepEqual(product.repositories, [{ url: 'https://example.org/old' }]);
  assert.deepEqual(product.exclusion, { reason: 'not open' });
  Product.parse(product);
});

test('archived records are archived whatever their stage field says', () => {
  const product = normaliseRegistryRecord(
    { name: 'A', stage: 'nominee' },
    { slug: 'a', source: { ...source, collection: 'archive' } },
  );
  assert.equal(product.stage, 'archived');
});

test('normalises a web-app application', () => {
  const product = normaliseApplication(
    {
      id: '11044',
      name: 'Radioship',
      categories: ['Open AI Model', 'Open Software'],
      description: 'Speech to text.',
      website: ' ',
      sdgs: { sdg: ['SDG4: Quality Education', 'SDG10: Reduced Inequalities'], relevance: 'Because.' },
      openlicenses: [{ openLicense: 'MIT', openLicenseEvidenceURLs: 'https://example.org/LICENSE' }],
      repositories: [{ name: 'main', url: 'https://a.example, https://b.example' }],
      clearOwnership: [{ clearOwnershipName: 'The team', clearOwnershipURL: 'https://example.org' }],
      locations: { developmentCountries: ['Hungary'], deploymentCountries: ['Hungary'] },
      organizations: [{ name: 'Team', org_type: 'owner' }],
    },
    { slug: 'radioship', source: { kind: 'dpga-webapp', collection: 'webapp', key: '11044' } },
  );
  assert.deepEqual(product.types, ['aimodel', 'software']);
  assert.equal(product.website, undefined);
  assert.deepEqual(
    product.sdgs.map((sdg) => sdg.number),
    [4, 10],
  );
  assert.equal(product.repositories.length, 2);
  assert.equal(product.evidence?.ownership.statement, 'The team');
  assert.equal(product.stage, 'nominee');
  Product.parse(product);
});

test('refuses what is not a record, with a reason', () => {
  assert.match(recordProblem([]) ?? '', /not a JSON object/);
  assert.match(recordProblem({ name: '  ' }) ?? '', /no name/);
  assert.equal(recordProblem({ name: 'x' }), undefined);
});
