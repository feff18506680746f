import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { createResetLink } from '../services/accounts/password-reset.ts';
import { createUser, deleteUser, getUserByEmail } from '../services/accounts/users.ts';
import { listUsers } from '../storage/user.repository.ts';
import { withDatabase } from './database-session.ts';
import { linkBase } from './link-base.ts';

const operator = { userId: null, email: 'cli' };

/** `dpg user …`: accounts, for operators of an instance. */
export function registerUser(program: Command, config: Config): void {
  const user = program.command('user').description('manage accounts (operators)');
  user
    .command('create')
    .description('create an account; prints a single-use link for the person to choose a password')
    .requiredOption('--email <address>', 'e-mail address')
    .requiredOption('--name <name>', 'display name')
    .option('--admin', 'make the account an administrator of the instance')
    .action((options: { email: string; name: string; admin?: boolean }) =>
      withDatabase(config, async (db) => {
        const created = await createUser(
          db,
          { email: options.email, name: options.name, isAdmin: Boolean(options.admin) },
          operator,
        );
        const link = await createResetLink(db, created.id, operator);
        console.log(`Created ${created.email}${created.isAdmin ? ' (administrator)' : ''}.`);
        console.log(
          `Send this single-use link to choose a password (valid until ${link.expiresAt.toISOString()}):`,
        );
        console.log(`  ${linkBase(config)}${link.path}`);
      }),
    );
  user
    .command('list')
    .description('list the accounts')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withDatabase(config, async (db) => {
        const users = await listUsers(db);
        if (options.json) return console.log(JSON.stringify(users, null, 2));
        for (const item of users)
          console.log(`${item.email}\t${item.name}${item.isAdmin ? '\tadministrator' : ''}`);
      }),
    );
  user
    .command('reset-link')
    .description('print a single-use password reset link for an account')
    .argument('<email>', 'e-mail address')
    .action((email: string) =>
      withDatabase(config, async (db) => {
        const found = await getUserByEmail(db, email);
        const link = await createResetLink(db, found.id, operator);
        console.log(`${linkBase(config)}${link.path}`);
      }),
    );
  user
    .command('delete')
    .description(`delete an account (kept ${config.accounts.retentionDays} days, then purged)`)
    .argument('<email>', 'e-mail address')
    .action((email: string) =>
      withDatabase(config, async (db) => {
        const found = await getUserByEmail(db, email);
        await deleteUser(db, found.id, operator);
        console.log(`Deleted ${found.email}; purged after ${config.accounts.retentionDays} days.`);
      }),
    );
}
