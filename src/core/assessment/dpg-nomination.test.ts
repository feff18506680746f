import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseRegistryRecord } from '../catalog/normalise-record.ts';
import type { Product } from '../catalog/product.ts';
import { dpgNomination } from './dpg-nomination.ts';

const context = {
  slug: 'clinic-app',
  source: { kind: 'dpga-registry' as const, collection: 'nominees', key: 'clinic-app' },
};

function product(): Product {
  return normaliseRegistryRecord(
    {
      name: 'Clinic App',
      description: 'Records visits in rural clinics.',
      license: [{ spdx: 'MPL-2.0', licenseURL: 'https://example.org/LICENSE' }],
      SDGs: [{ SDGNumber: 3, evidenceText: 'Used by community health workers to follow pregnancies.' }],
      type: ['software'],
      repositoryURL: 'https://github.com/example/clinic-app',
      organizations: [{ name: 'Example Health', org_type: 'owner', contact_email: 'someone@example.org' }],
      stage: 'nominee',
    },
    context,
  );
}

test('a nomination is imported back as the same product', () => {
  const original = product();
  const nomination = dpgNomination(original);
  const imported = normaliseRegistryRecord(nomination.record, {
    ...context,
    screening: nomination.screening,
  });
  assert.deepEqual({ ...imported, evidence: undefined }, { ...original, evidence: undefined });
  assert.equal(JSON.stringify(nomination).includes('someone@example.org'), false);
});

test('answers fill in the record and its evidence file', () => {
  const nomination = dpgNomination(product(), {
    sdgEvidenceUrl: { value: 'https://example.org/impact' },
    ownershipDocumented: { value: true },
    ownershipEvidenceUrl: { value: 'https://example.org/copyright' },
    closedComponents: { value: 'replaceable' },
    openAlternatives: { value: 'Maps: OpenStreetMap instead of a commercial map API' },
    dataExport: { value: 'open-format' },
    dataExportDescription: { value: 'CSV export of all non-personal tables' },
    personalData: { value: 'protected' },
    userInteraction: { value: 'none' },
  });
  assert.deepEqual((nomination.record.SDGs as unknown[])[0], {
    SDGNumber: 3,
    evidenceText: 'Used by community health workers to follow pregnancies.',
    evidenceURL: 'https://example.org/impact',
  });
  const imported = normaliseRegistryRecord(nomination.record, {
    ...context,
    screening: nomination.screening,
  });
  const evidence = imported.evidence!;
  assert.deepEqual(evidence.ownership, { explicit: 'yes', url: 'https://example.org/copyright' });
  assert.equal(evidence.platformIndependence.restrictiveDependencies, 'yes');
  assert.equal(evidence.platformIndependence.independent, 'yes');
  assert.equal(evidence.nonPersonalData.accessMechanism, 'CSV export of all non-personal tables');
  assert.equal(evidence.doNoHarm.collectsPersonalData, 'Yes');
  assert.equal(evidence.doNoHarm.ensuresPrivacy, 'yes');
  assert.equal(evidence.doNoHarm.userInteraction, 'no');
});
