import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { DomainError } from '../core/errors.ts';
import { setupLinkIfNeeded } from '../services/accounts/first-administrator.ts';
import { purgeDeleted } from '../services/accounts/retention.ts';
import { withDatabase } from './database-session.ts';
import { linkBase } from './link-base.ts';

/** `dpg setup-link` (a new first-administrator link) and `dpg purge` (retention now). */
export function registerSetupLink(program: Command, config: Config): void {
  program
    .command('setup-link')
    .description(
      'print a new single-use link to create the first administrator (only while no account exists)',
    )
    .action(() =>
      withDatabase(config, async (db) => {
        const path = await setupLinkIfNeeded(db);
        if (!path)
          throw new DomainError(
            'conflict',
            'This instance already has accounts: ask an administrator, or use `dpg user create --admin`.',
          );
        console.log(`${linkBase(config)}${path}`);
      }),
    );
  program
    .command('purge')
    .description(
      `purge accounts and organisations deleted more than ${config.accounts.retentionDays} days ago`,
    )
    .action(() =>
      withDatabase(config, async (db) => {
        const purged = await purgeDeleted(db, config.accounts.retentionDays);
        console.log(`Purged ${purged.users} users and ${purged.organisations} organisations.`);
      }),
    );
}
