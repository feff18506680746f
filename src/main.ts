import { serve, type ServerType } from '@hono/node-server';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import { createApp } from './http/app.ts';
import { Catalog } from './services/catalog.ts';
import { setupLinkIfNeeded } from './services/accounts/first-administrator.ts';
import { purgeDeleted } from './services/accounts/retention.ts';
import { ScanWorker } from './services/scan-worker.ts';
import { seedCountryData } from './services/seed-country-data.ts';
import { seedStarterCatalog } from './services/seed-starter-catalog.ts';
import { openDatabase } from './storage/database.ts';
import { migrateToLatest } from './storage/migrate.ts';
import type { Database } from './storage/schema.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  db: Kysely<Database>;
  /** The catalogue index holder: `invalidate()` it after writing to the database in-process. */
  catalog: Catalog;
  close(): Promise<void>;
}

/** Config → database (migrated, seeded when empty) → app → listen. */
export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const db = await openDatabase(config);
  await migrateToLatest(db);
  if (config.seedStarterCatalog) {
    const seeded = await seedStarterCatalog(db);
    if (seeded) log(`Loaded the starter catalogue: ${seeded.counts.imported} products.`);
  }
  if (config.countryDataDir) {
    const reports = await seedCountryData(db, config.countryDataDir);
    if (reports)
      log(
        `Loaded country data from ${config.countryDataDir}: ${reports.map((report) => `${report.written} ${report.kind}`).join(', ')}.`,
      );
  }
  const purged = await purgeDeleted(db, config.accounts.retentionDays);
  if (purged.users + purged.organisations > 0)
    log(
      `Purged ${purged.users} deleted users and ${purged.organisations} deleted organisations past retention.`,
    );
  const catalog = new Catalog(db);
  await catalog.index();
  const app = createApp({
    catalog,
    db,
    defaultLanguage: config.defaultLanguage,
    accounts: config.accounts,
    publicUrl: config.publicUrl,
  });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const worker = new ScanWorker(db, {
    log: (error) => log(`A scan failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  await worker.start();
  const setup = await setupLinkIfNeeded(db);
  if (setup)
    log(
      `No account exists yet. Open this single-use link within 24 hours to create the first administrator:\n  ${config.publicUrl ?? url}${setup}`,
    );
  return {
    url,
    db,
    catalog,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.stop();
      await db.destroy();
    },
  };
}
