import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { roles } from '../core/access/role.ts';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  setMemberRole,
} from '../services/accounts/organisations.ts';
import { getUserByEmail } from '../services/accounts/users.ts';
import { listOrganisations } from '../storage/organisation.repository.ts';
import { withDatabase } from './database-session.ts';

const operator = { userId: null, email: 'cli' };

/** `dpg org …`: organisations and their members, for operators of an instance. */
export function registerOrg(program: Command, config: Config): void {
  const org = program.command('org').description('manage organisations (operators)');
  org
    .command('create')
    .description('create an organisation with its first owner')
    .requiredOption('--name <name>', 'organisation name')
    .requiredOption('--owner <email>', 'e-mail address of an existing account')
    .option('--slug <slug>', 'short name in links (made from the name by default)')
    .action((options: { name: string; owner: string; slug?: string }) =>
      withDatabase(config, async (db) => {
        const owner = await getUserByEmail(db, options.owner);
        const created = await createOrganisation(
          db,
          { name: options.name, slug: options.slug },
          owner.id,
          operator,
        );
        console.log(`Created ${created.name} (${created.slug}), owned by ${owner.email}.`);
      }),
    );
  org
    .command('list')
    .description('list the organisations')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withDatabase(config, async (db) => {
        const organisations = await listOrganisations(db);
        if (options.json) return console.log(JSON.stringify(organisations, null, 2));
        for (const item of organisations) console.log(`${item.slug}\t${item.name}\t${item.members} members`);
      }),
    );
  org
    .command('add-member')
    .description(`give an account a role in an organisation (${roles.join(', ')})`)
    .argument('<slug>', 'organisation short name')
    .argument('<email>', 'e-mail address of an existing account')
    .requiredOption('--role <role>', roles.join(' | '))
    .action((slug: string, email: string, options: { role: string }) =>
      withDatabase(config, async (db) => {
        const organisation = await getOrganisation(db, slug);
        const member = await getUserByEmail(db, email);
        await setMemberRole(db, organisation, member.id, options.role, operator);
        console.log(`${member.email} is now ${options.role} of ${organisation.name}.`);
      }),
    );
  org
    .command('delete')
    .description(
      `delete an organisation and its work (kept ${config.accounts.retentionDays} days, then purged)`,
    )
    .argument('<slug>', 'organisation short name')
    .action((slug: string) =>
      withDatabase(config, async (db) => {
        const organisation = await getOrganisation(db, slug);
        await deleteOrganisation(db, organisation, operator);
        console.log(`Deleted ${organisation.name}; purged after ${config.accounts.retentionDays} days.`);
      }),
    );
}
