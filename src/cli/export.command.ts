import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { exportRegistry } from '../services/export-registry.ts';
import { withDatabase } from './database-session.ts';
import { progressBar } from './progress.ts';

/** `dpg export dpga <dir>`: the catalogue in the registry's legacy layout. */
export function registerExport(program: Command, config: Config): void {
  const command = program.command('export').description('export the catalogue');
  command
    .command('dpga')
    .description(
      'write the catalogue in the DPG Alliance legacy registry layout (nominees/, digitalpublicgoods/, archive/, excluded-nominees/)',
    )
    .argument('<dir>', 'folder to write into (created if missing)')
    .option(
      '--include-personal',
      'also write the contact names and e-mail addresses of organisations (personal data)',
    )
    .option('--json', 'print the counts as JSON')
    .action(async (dir: string, options: { includePersonal?: boolean; json?: boolean }) => {
      const bar = progressBar('Exporting', !options.json);
      const report = await withDatabase(config, (db) =>
        exportRegistry(db, path.resolve(dir), {
          includePersonal: options.includePersonal ?? false,
          onProgress: (done, total) => bar.update(done, total),
        }),
      );
      bar.stop();
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else for (const [folder, count] of Object.entries(report)) console.log(`${folder}: ${count} files`);
    });
}
