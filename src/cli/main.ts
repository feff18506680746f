import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { loadConfig } from '../config.ts';
import { DomainError } from '../core/errors.ts';
import { registerAssess } from './assess.command.ts';
import { registerCost } from './cost.command.ts';
import { exitCodes } from './exit-codes.ts';
import { registerExport } from './export.command.ts';
import { registerImport } from './import.command.ts';
import { registerMigrate } from './migrate.command.ts';
import { registerSearch } from './search.command.ts';
import { registerScan } from './scan.command.ts';
import { registerServe } from './serve.command.ts';
import { registerLogin } from './login.command.ts';
import { registerOrg } from './org.command.ts';
import { registerSetupLink } from './setup-link.command.ts';
import { registerUser } from './user.command.ts';

/** Runs the `dpg` command line; returns the exit status. */
export async function runCli(argv: string[]): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return exitCodes.usage;
  }
  const program = new Command('dpg')
    .description('DPG Toolkit: find, judge and plan Digital Public Goods')
    .version(packageJson.version)
    .exitOverride()
    .showHelpAfterError();
  registerServe(program, config);
  registerMigrate(program, config);
  registerImport(program, config);
  registerExport(program, config);
  registerSearch(program, config);
  registerCost(program);
  registerAssess(program, config);
  registerUser(program, config);
  registerOrg(program, config);
  registerSetupLink(program, config);
  registerLogin(program, config);
  registerScan(program, config);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? exitCodes.ok);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    if (error instanceof DomainError) {
      console.error(`dpg: ${error.message}`);
      return error.code === 'not_found'
        ? exitCodes.notFound
        : error.code === 'source_unreachable'
          ? exitCodes.unreachable
          : exitCodes.failure;
    }
    console.error(`dpg: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.failure;
  }
}

if (import.meta.main) {
  const status = await runCli(process.argv.slice(2));
  if (status !== 0) process.exitCode = status;
}
