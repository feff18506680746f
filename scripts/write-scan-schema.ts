// Writes docs/scan-result.schema.json from the zod schema that validates every scan result
// (src/core/scan/scan-result-json-schema.test.ts fails when the published file is out of date).
import { writeFile } from 'node:fs/promises';
import { scanResultJsonSchema } from '../src/core/scan/scan-result-json-schema.ts';

await writeFile(
  new URL('../docs/scan-result.schema.json', import.meta.url),
  `${JSON.stringify(scanResultJsonSchema(), null, 2)}\n`,
);
console.log('Wrote docs/scan-result.schema.json');
