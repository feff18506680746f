import type { Kysely } from 'kysely';
import { claimQueuedScan, requeueInterruptedScans } from '../storage/scan.repository.ts';
import type { Database } from '../storage/schema.ts';
import { executeScan, repositoryScanner, type Scanner } from './scans.ts';

/**
 * Drains the queue of scans in the background, one at a time per process: it claims the oldest queued
 * scan (several processes on one PostgreSQL never take the same one), runs it, and looks again.
 */
export class ScanWorker {
  #db: Kysely<Database>;
  #scanner: Scanner;
  #pollMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  #log: (error: unknown) => void;

  constructor(
    db: Kysely<Database>,
    options: { pollMs?: number; scanner?: Scanner; log?: (error: unknown) => void } = {},
  ) {
    this.#db = db;
    this.#scanner = options.scanner ?? repositoryScanner;
    this.#pollMs = options.pollMs ?? 2000;
    this.#log = options.log ?? (() => undefined);
  }

  /** Puts scans a stopped process left running back in the queue, then starts polling. */
  async start(): Promise<void> {
    this.#stopped = false;
    await requeueInterruptedScans(this.#db);
    this.#schedule(0);
  }

  /** Runs every queued scan now, then resolves (for tests and the CLI). */
  async drain(): Promise<number> {
    let count = 0;
    for (let scan = await claimQueuedScan(this.#db); scan; scan = await claimQueuedScan(this.#db)) {
      count += 1;
      await executeScan(this.#db, scan, {}, this.#scanner).catch(this.#log);
    }
    return count;
  }

  /** Stops polling and waits for the scan in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(delay: number) {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.drain()
        .then(() => undefined, this.#log)
        .finally(() => this.#schedule(this.#pollMs));
    }, delay);
    this.#timer.unref();
  }
}
