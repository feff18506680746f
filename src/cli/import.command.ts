import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { fetchRegistry } from '../services/fetch-registry.ts';
import {
  countryDataKinds,
  importCountryData,
  type CountryImportReport,
} from '../services/import-country-data.ts';
import { importRegistry, type ImportReport } from '../services/import-registry.ts';
import { readRegistryDirectory } from '../services/read-registry-directory.ts';
import { withDatabase } from './database-session.ts';
import { exitCodes } from './exit-codes.ts';
import { progressBar } from './progress.ts';

/** `dpg import dpga [source]`: a folder, a file or a URL; the public registry when none is given. */
export function registerImport(program: Command, config: Config): void {
  const command = program.command('import').description('import records into the catalogue');
  command
    .command('dpga')
    .description(
      'import DPG Alliance registry records: a snapshot folder, a folder or file of records, API payloads or web-app applications, from a path or an http(s) URL; with no source, the public legacy registry API',
    )
    .argument('[source]', 'path or URL', undefined)
    .option('--json', 'print the full report as JSON')
    .action(async (source: string | undefined, options: { json?: boolean }) => {
      const location = source ?? config.registryUrl;
      const snapshot = /^https?:\/\//i.test(location)
        ? await fetchRegistry(location)
        : await readRegistryDirectory(location);
      const bar = progressBar('Importing', !options.json);
      const report = await withDatabase(config, (db) =>
        importRegistry(db, snapshot, { onProgress: (done, total) => bar.update(done, total) }),
      );
      bar.stop();
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report, location);
      process.exitCode = report.counts.failed > 0 ? exitCodes.partial : exitCodes.ok;
    });
  for (const kind of countryDataKinds) {
    command
      .command(kind)
      .description(countryDescriptions[kind])
      .argument('<source>', 'path or URL')
      .option('--json', 'print the full report as JSON')
      .action(async (source: string, options: { json?: boolean }) => {
        const report = await withDatabase(config, (db) => importCountryData(db, kind, source));
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else printCountryReport(report);
      });
  }
}

const countryDescriptions = {
  countries:
    'import country profiles: the country-codes CSV (datasets/country-codes layout) or a folder holding it and a World Bank income table',
  gtmi: 'import GovTech Maturity Index groups and scores (CSV or XLSX, World Bank GovTech dataset layout)',
  egdi: 'import UN E-Government Development Index values and sub-indices (CSV or XLSX, UN DESA layout)',
} as const;

function printCountryReport(report: CountryImportReport): void {
  const years = report.years.length > 0 ? ` (${report.years.join(', ')})` : '';
  console.log(
    `Imported ${report.kind} from ${report.source}: ${report.rows} rows read, ${report.written} ${report.kind === 'countries' ? 'profiles' : 'values'} written for ${report.countries} countries${years}.`,
  );
  if (report.unmatched.length > 0) {
    console.log('Rows not imported (no ISO code matched):');
    for (const row of report.unmatched) console.log(`  line ${row.line}: "${row.name}"`);
  }
}

function printReport(report: ImportReport, location: string): void {
  const { counts } = report;
  console.log(
    `Imported from ${location}: ${counts.imported} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed.`,
  );
  for (const outcome of report.outcomes) {
    if (outcome.status === 'failed' || outcome.status === 'skipped') {
      console.log(`  ${outcome.status}: ${outcome.path}: ${outcome.reason ?? ''}`);
    }
  }
  if (report.unresolvedCountries.length > 0) {
    console.log('Country names kept as written (no ISO code matched):');
    for (const country of report.unresolvedCountries)
      console.log(`  "${country.name}" in ${country.products.join(', ')}`);
  }
}
