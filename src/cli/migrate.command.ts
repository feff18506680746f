import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { openDatabase } from '../storage/database.ts';
import { migrateToLatest } from '../storage/migrate.ts';

/** `dpg migrate`: bring the database schema to the latest migration. */
export function registerMigrate(program: Command, config: Config): void {
  program
    .command('migrate')
    .description('run the database migrations that have not run yet')
    .option('--json', 'print what ran as JSON')
    .action(async (options: { json?: boolean }) => {
      const db = await openDatabase(config);
      try {
        const results = await migrateToLatest(db);
        if (options.json) console.log(JSON.stringify(results, null, 2));
        else if (results.length === 0) console.log('The database is up to date.');
        else for (const result of results) console.log(`${result.status}: ${result.migrationName}`);
      } finally {
        await db.destroy();
      }
    });
}
