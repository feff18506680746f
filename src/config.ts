import path from 'node:path';
import { z } from 'zod';

/** The public source `dpg import dpga` reads when no path or URL is given: the legacy registry's API payloads. */
export const defaultRegistryUrl = 'https://raw.githubusercontent.com/DPGAlliance/publicgoods-api/main/docs/';

/** The workspace's shared country data (GTMI, EGDI, country codes), loaded at a first start when present. */
export const defaultCountryDataDir = '../shared/data/country-indicators';

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DPGA_REGISTRY_URL: z.string().url().default(defaultRegistryUrl),
  SEED_STARTER_CATALOG: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  COUNTRY_DATA_DIR: z.string().default(defaultCountryDataDir),
  DEFAULT_LANGUAGE: z.enum(['en', 'fr']).default('en'),
  PUBLIC_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(43200).default(720),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  DPG_CREDENTIALS: z.string().min(1).optional(),
  XDG_CONFIG_HOME: z.string().min(1).optional(),
  HOME: z.string().min(1).optional(),
});

/** The settings of one process, read once from the environment and frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Folder of the embedded database when no DATABASE_URL is set. */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly registryUrl: string;
  /** Load the starter catalogue into an empty database at start. */
  readonly seedStarterCatalog: boolean;
  /** A country-data folder (`countries/`, `gtmi/`, `egdi/`) loaded into a database with no country yet. */
  readonly countryDataDir: string | undefined;
  readonly defaultLanguage: 'en' | 'fr';
  /** The address people use to reach the app, for links printed or copied (set-up, invitations, resets). */
  readonly publicUrl: string | undefined;
  readonly accounts: AccountSettings;
  /** Where `dpg login` keeps the server address and API token (readable by the user only). */
  readonly credentialsFile: string;
}

/** How long sessions and deleted accounts last. */
export interface AccountSettings {
  /** A session unused this long is over. */
  readonly sessionIdleMinutes: number;
  /** A session is over this long after sign-in, however active. */
  readonly sessionMaxDays: number;
  /** Deleted users and organisations are kept this long before they are purged. */
  readonly retentionDays: number;
}

/** The account settings when nothing is configured. */
export const defaultAccountSettings: AccountSettings = Object.freeze({
  sessionIdleMinutes: 720,
  sessionMaxDays: 14,
  retentionDays: 30,
});

/** Parses the environment; throws one error naming every bad variable. The only reader of process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const value = parsed.data;
  return Object.freeze({
    port: value.PORT,
    host: value.HOST,
    dataDir: value.DATA_DIR.startsWith('memory://') ? value.DATA_DIR : path.resolve(value.DATA_DIR),
    databaseUrl: value.DATABASE_URL,
    registryUrl: value.DPGA_REGISTRY_URL,
    seedStarterCatalog: value.SEED_STARTER_CATALOG,
    countryDataDir: value.COUNTRY_DATA_DIR ? path.resolve(value.COUNTRY_DATA_DIR) : undefined,
    defaultLanguage: value.DEFAULT_LANGUAGE,
    publicUrl: value.PUBLIC_URL?.replace(/\/+$/, ''),
    credentialsFile:
      value.DPG_CREDENTIALS ??
      path.join(
        value.XDG_CONFIG_HOME ?? path.join(value.HOME ?? '.', '.config'),
        'dpg-toolkit',
        'credentials.json',
      ),
    accounts: Object.freeze({
      sessionIdleMinutes: value.SESSION_IDLE_MINUTES,
      sessionMaxDays: value.SESSION_MAX_DAYS,
      retentionDays: value.RETENTION_DAYS,
    }),
  });
}
