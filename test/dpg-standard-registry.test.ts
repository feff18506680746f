// The dpg-standard model against the real DPG Alliance registry snapshot (../shared/data/dpg-registry):
// the two licence claims of docs/validation.md, and nominations that import back unchanged.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assess } from '../src/core/assessment/assess.ts';
import { dpgNomination } from '../src/core/assessment/dpg-nomination.ts';
import { normaliseRegistryRecord, type RecordContext } from '../src/core/catalog/normalise-record.ts';
import type { Product } from '../src/core/catalog/product.ts';
import { getAssessmentModel, sha256Digest } from '../src/services/assessment-models.ts';
import { readRegistryDirectory } from '../src/services/read-registry-directory.ts';
import { sharedData } from './support/test-database.ts';

const registryDir = path.join(sharedData, 'dpg-registry');
const skip = existsSync(registryDir) ? false : `no registry snapshot in ${registryDir}`;

interface Entry {
  product: Product;
  context: RecordContext;
  record: Record<string, unknown>;
}

async function snapshotEntries(): Promise<{ entries: Entry[]; exclusions: Map<string, { reason: string }> }> {
  const snapshot = await readRegistryDirectory(registryDir);
  const entries = snapshot.files
    .filter((file) => file.format === 'legacy' && file.record)
    .map((file) => {
      const context: RecordContext = {
        slug: file.key,
        source: { kind: 'dpga-registry', collection: file.collection, key: file.key },
        ...(file.screening ? { screening: file.screening } : {}),
      };
      const record = file.record as Record<string, unknown>;
      return { product: normaliseRegistryRecord(record, context), context, record };
    });
  return { entries, exclusions: snapshot.exclusions };
}

test(
  'every accredited DPG passes the open-licence indicator; every nominee excluded for its licence fails it',
  { skip },
  async () => {
    const model = await getAssessmentModel('dpg-standard', 1);
    const { entries, exclusions } = await snapshotEntries();
    const openLicence = (product: Product) =>
      assess(model, { record: product }, {}, { digest: sha256Digest }).indicators.find(
        (indicator) => indicator.id === 'open-licence',
      )!;

    const dpgs = entries.filter((entry) => entry.product.stage === 'dpg');
    assert.equal(dpgs.length, 165);
    const failing = dpgs.filter((entry) => openLicence(entry.product).level !== 'pass');
    assert.deepEqual(
      failing.map((entry) => entry.product.name),
      [],
    );

    const excludedForLicence = entries.filter((entry) => {
      const reason = exclusions.get(entry.product.name.toLowerCase())?.reason ?? '';
      return entry.product.source.collection === 'excluded-nominees' && /licen[cs]/i.test(reason);
    });
    assert.equal(excludedForLicence.length, 14);
    for (const entry of excludedForLicence) {
      const indicator = openLicence(entry.product);
      assert.equal(indicator.level, 'gap', `${entry.product.name} should fail the open-licence indicator`);
      assert.equal(indicator.basis, 'evidence');
      assert.ok(indicator.explanation?.reads.some((read) => read.path === 'record.licences'));
    }
  },
);

test('the nomination of every registry record imports back as the same product', { skip }, async () => {
  const { entries } = await snapshotEntries();
  for (const { product, context } of entries) {
    const nomination = dpgNomination(product);
    const imported = normaliseRegistryRecord(nomination.record, {
      ...context,
      screening: nomination.screening,
    });
    assert.deepEqual(
      { ...imported, stage: product.stage, evidence: product.evidence ? imported.evidence : undefined },
      { ...product, evidence: product.evidence },
      product.name,
    );
  }
});
