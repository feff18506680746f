import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { startServer } from '../main.ts';

/** `dpg serve`: migrate, seed an empty database with the starter catalogue, and serve the app. */
export function registerServe(program: Command, config: Config): void {
  program
    .command('serve')
    .description('serve the web app and the API')
    .option('--port <port>', 'port to listen on', String(config.port))
    .option('--host <host>', 'address to listen on', config.host)
    .action(async (options: { port: string; host: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0 to 65535, not ${options.port}`);
      const started = performance.now();
      const server = await startServer({ ...config, port, host: options.host });
      console.log(`DPG Toolkit is ready at ${server.url} (${Math.round(performance.now() - started)} ms)`);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
