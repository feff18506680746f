import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { DomainError } from '../core/errors.ts';

interface Credentials {
  server: string;
  token: string;
}

async function whoIs(credentials: Credentials) {
  let response: Response;
  try {
    response = await fetch(new URL('/api/v1/me', credentials.server), {
      headers: { authorization: `Bearer ${credentials.token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new DomainError(
      'source_unreachable',
      `Cannot reach ${credentials.server}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (response.status === 401)
    throw new DomainError(
      'unauthenticated',
      'The server refused this token: it is unknown, revoked, or its account was deleted.',
    );
  if (!response.ok)
    throw new DomainError('source_unreachable', `${credentials.server} answered ${response.status}.`);
  return (await response.json()) as {
    user: { email: string };
    organisation: { name: string; role: string } | null;
    scope: string | null;
  };
}

async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0]!.trim();
}

/** `dpg login` (check and store an API token for the CLI) and `dpg whoami`. */
export function registerLogin(program: Command, config: Config): void {
  program
    .command('login')
    .description(`check an API token (made on the account page) and store it in ${config.credentialsFile}`)
    .requiredOption('--server <url>', 'address of the DPG Toolkit server')
    .option(
      '--token <token>',
      'the token; read from standard input when absent (safer: not in shell history)',
    )
    .action(async (options: { server: string; token?: string }) => {
      let server: string;
      try {
        server = new URL(options.server).origin;
      } catch {
        throw new DomainError(
          'invalid_input',
          `--server must be a URL such as https://dpg.example.org, not ${options.server}`,
        );
      }
      const token = options.token ?? (await readStdinLine());
      if (!token)
        throw new DomainError('invalid_input', 'No token given: pass --token or pipe it on standard input.');
      const me = await whoIs({ server, token });
      await mkdir(path.dirname(config.credentialsFile), { recursive: true, mode: 0o700 });
      await writeFile(config.credentialsFile, JSON.stringify({ server, token }, null, 2), { mode: 0o600 });
      await chmod(config.credentialsFile, 0o600);
      console.log(
        `Signed in to ${server} as ${me.user.email}${me.organisation ? ` for ${me.organisation.name} (${me.scope ?? 'session'})` : ''}.`,
      );
    });
  program
    .command('whoami')
    .description('show the account and organisation of the stored token')
    .action(async () => {
      let credentials: Credentials;
      try {
        credentials = JSON.parse(await readFile(config.credentialsFile, 'utf8')) as Credentials;
      } catch {
        throw new DomainError('not_found', 'Not signed in: run `dpg login --server URL` first.');
      }
      const me = await whoIs(credentials);
      console.log(
        `${me.user.email} at ${credentials.server}${me.organisation ? `, ${me.organisation.name} (${me.organisation.role}, ${me.scope})` : ''}`,
      );
    });
}
