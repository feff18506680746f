import { z } from 'zod';
import { ScanResult } from './scan-result.ts';

/** The JSON Schema (draft 2020-12) of a scan result, as published in docs/scan-result.schema.json. */
export function scanResultJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dpg-toolkit.example/schemas/scan-result-1.json',
    title: 'DPG Toolkit scan result, version 1',
    description:
      'What `dpg scan` learned about a repository: facts by group, each with a state (found, not_found, inconclusive), a value when found, and its evidence (file and line, or git query).',
    ...z.toJSONSchema(ScanResult, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
