import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { scanResultJsonSchema } from './scan-result-json-schema.ts';

test('the published JSON Schema is the one the code validates with', () => {
  const published = JSON.parse(
    readFileSync(new URL('../../../docs/scan-result.schema.json', import.meta.url), 'utf8'),
  );
  assert.deepEqual(
    published,
    JSON.parse(JSON.stringify(scanResultJsonSchema())),
    'run node scripts/write-scan-schema.ts',
  );
  const facts = (published.properties.facts as { properties: Record<string, unknown> }).properties;
  assert.deepEqual(Object.keys(facts), [
    'licences',
    'history',
    'releases',
    'hygiene',
    'engineering',
    'deployment',
    'interoperability',
    'languages',
    'dependencies',
    'publiccode',
  ]);
});
