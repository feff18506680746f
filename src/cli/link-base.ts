import type { Config } from '../config.ts';

/** The address printed links start with: PUBLIC_URL, or where `dpg serve` listens by default. */
export function linkBase(config: Config): string {
  return (
    config.publicUrl ??
    `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`
  );
}
