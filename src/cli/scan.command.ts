import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { factValueText } from '../core/scan/fact-value-text.ts';
import { orderedFacts } from '../core/scan/ordered-facts.ts';
import type { ScanResult } from '../core/scan/scan-result.ts';
import { Catalog } from '../services/catalog.ts';
import { runScan } from '../services/scans.ts';
import { scanRepository } from '../scanner/scan-repository.ts';
import { scanStatusLine } from './scan-status.ts';
import { withDatabase } from './database-session.ts';

interface ScanCommandOptions {
  json?: boolean;
  sbom?: string;
  product?: string;
  store: boolean;
}

const marks = { found: '✓', not_found: '✗', inconclusive: '?' } as const;

/** The facts of a scan as lines: one per fact, its state and a short value. */
function summary(result: ScanResult): string {
  const lines = [
    `Scanned ${result.repository.url ?? 'a local folder'}${result.repository.head ? ` at ${result.repository.head.slice(0, 12)}` : ''} in ${Math.round(result.durationMs)} ms${result.partial ? ' (partial)' : ''}`,
  ];
  for (const { group, facts } of orderedFacts(result)) {
    lines.push('', group);
    for (const { name, fact } of facts) {
      const value = fact.state === 'found' ? factValueText(fact.value, 90) : (fact.note ?? '');
      lines.push(`  ${marks[fact.state]} ${name}${value ? `: ${value}` : ''}`);
    }
  }
  for (const missing of result.missing) lines.push(`missing ${missing.fact}: ${missing.reason}`);
  lines.push('', '✓ found  ✗ looked for, not found  ? could not tell (not detected is not absent)');
  return lines.join('\n');
}

/** `dpg scan <path|git-url>`: facts about a repository, read without running anything from it. */
export function registerScan(program: Command, config: Config): void {
  program
    .command('scan')
    .description(
      'read a repository (local path or git URL) and report facts with their evidence; never runs its code',
    )
    .argument('<source>', 'a local folder or a git URL (https, ssh, git, file)')
    .option('--json', 'print the whole scan result (versioned JSON, docs/scan-result.schema.json)')
    .option('--sbom <file>', 'write the CycloneDX 1.6 SBOM of the dependencies found')
    .option(
      '--product <slug>',
      'the catalogue product this repository is evidence for (default: by repository URL)',
    )
    .option('--no-store', 'do not store the result in the database')
    .action(async (source: string, options: ScanCommandOptions) => {
      const status = scanStatusLine(!options.json);
      const scanOptions = { onProgress: status.update };
      let output: { result: ScanResult; sbom: Record<string, unknown> };
      try {
        if (options.store) {
          output = await withDatabase(config, async (db) => {
            const stored = await runScan(db, new Catalog(db), {
              source,
              productSlug: options.product,
              options: scanOptions,
            });
            if (stored.scan.productSlug && !options.json)
              console.error(`Stored as evidence for ${stored.scan.productSlug} (scan ${stored.scan.id}).`);
            return { result: stored.scan.result!, sbom: stored.sbom };
          });
        } else {
          output = await scanRepository(source, scanOptions);
        }
      } finally {
        status.stop();
      }
      if (options.sbom) await writeFile(options.sbom, `${JSON.stringify(output.sbom, null, 2)}\n`);
      console.log(options.json ? JSON.stringify(output.result, null, 2) : summary(output.result));
    });
}
